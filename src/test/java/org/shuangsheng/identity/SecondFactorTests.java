package org.shuangsheng.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Instant;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.TestData;
import org.shuangsheng.identity.internal.Accounts;
import org.shuangsheng.identity.internal.SecondFactor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PlatformTest
class SecondFactorTests {

    static final String PASSWORD = "Command-Post-2020";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement management;

    @Autowired
    Accounts accounts;

    @Autowired
    SecondFactor secondFactor;

    /** A commander with a chosen password and TOTP on; answers its secret. */
    String commanderWithSecondFactor(String username) {
        AccountForm form = new AccountForm();
        form.setUsername(username);
        form.setDisplayName("值班指挥");
        form.setRole(Role.COMMANDER);
        form.setRegionCodes("230506");
        AccountView account = management.create(form).account();
        accounts.changePassword(account.id(), PASSWORD, Instant.now());
        SecondFactor.Enrollment enrollment = secondFactor.start(username);
        secondFactor.confirm(username, enrollment.secret(), code(enrollment.secret(), 0));
        return enrollment.secret();
    }

    static String code(String secret, int stepsAhead) {
        long step = Instant.now().getEpochSecond() / 30 + stepsAhead;
        return org.shuangsheng.identity.internal.TotpCodes.code(new Base32().decode(secret), step);
    }

    Cookie[] signIn(String username) throws Exception {
        return mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(redirectedUrl("/login/totp")).andReturn().getResponse().getCookies();
    }

    @Test
    void afterThePasswordNothingOpensUntilTheCodeIsRight() throws Exception {
        String secret = commanderWithSecondFactor("totp-commander-a");
        Cookie[] session = signIn("totp-commander-a");
        mvc.perform(get("/regions").cookie(session)).andExpect(redirectedUrl("/login/totp"));
        mvc.perform(post("/login/totp").cookie(session).with(csrf()).param("code", "000000"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("验证码不正确")));
        mvc.perform(post("/login/totp").cookie(session).with(csrf()).param("code", code(secret, 1)))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/regions").cookie(session)).andExpect(status().isOk());
    }

    @Test
    void aCodeWorksOnlyOnce() throws Exception {
        String secret = commanderWithSecondFactor("totp-commander-b");
        String used = code(secret, 1);
        Cookie[] first = signIn("totp-commander-b");
        mvc.perform(post("/login/totp").cookie(first).with(csrf()).param("code", used)).andExpect(redirectedUrl("/"));
        Cookie[] second = signIn("totp-commander-b");
        mvc.perform(post("/login/totp").cookie(second).with(csrf()).param("code", used))
                .andExpect(content().string(containsString("验证码不正确")));
    }

    @Test
    void wrongCodesLockTheAccountLikeWrongPasswords() throws Exception {
        commanderWithSecondFactor("totp-commander-c");
        Cookie[] session = signIn("totp-commander-c");
        for (int i = 0; i < 4; i++) {
            mvc.perform(post("/login/totp").cookie(session).with(csrf()).param("code", "11111" + i))
                    .andExpect(status().isOk());
        }
        mvc.perform(post("/login/totp").cookie(session).with(csrf()).param("code", "999999"))
                .andExpect(redirectedUrl("/login?error"));
        assertThat(management.search("totp-commander-c", null, null,
                org.springframework.data.domain.PageRequest.of(0, 1)).getContent().get(0).locked()).isTrue();
    }

    @Test
    void theSecretIsStoredEncrypted(@Autowired org.springframework.jdbc.core.JdbcTemplate jdbc) {
        String secret = commanderWithSecondFactor("totp-commander-d");
        String stored = jdbc.queryForObject("select totp_secret from identity_user where username = ?", String.class,
                "totp-commander-d");
        assertThat(stored).isNotBlank().doesNotContain(secret);
    }

    static MockHttpServletRequestBuilder token(String username, String password, String totp) {
        String code = totp == null ? "" : ",\"totp\":\"" + totp + "\"";
        return post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"" + code + "}");
    }

    @Test
    void theSecondFactorCannotBeSkippedAtTheTokenEndpoint() throws Exception {
        String username = TestData.tag("totp-api");
        String secret = commanderWithSecondFactor(username);
        mvc.perform(token(username, PASSWORD, null))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("totp")))
                .andExpect(jsonPath("$.token").doesNotExist());
        mvc.perform(token(username, PASSWORD, "000000").header("Accept-Language", "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("code is wrong")));
        // A wrong password with the right code says nothing about the code, nor that the user exists.
        String wrongPassword = mvc.perform(token(username, "Not-The-Password-1", code(secret, 0)))
                .andExpect(status().isUnauthorized())
                .andReturn().getResponse().getContentAsString();
        String unknownUser = mvc.perform(token("nobody-" + username, "Not-The-Password-1", code(secret, 0)))
                .andExpect(status().isUnauthorized())
                .andReturn().getResponse().getContentAsString();
        assertThat(com.jayway.jsonpath.JsonPath.<String>read(wrongPassword, "$.detail"))
                .isEqualTo(com.jayway.jsonpath.JsonPath.read(unknownUser, "$.detail"));
        mvc.perform(token(username, PASSWORD, code(secret, 1)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.token").isString());
    }

    @Test
    void missingAndWrongCodesAtTheTokenEndpointCountLikeWrongPasswords() throws Exception {
        String username = TestData.tag("totp-api");
        String secret = commanderWithSecondFactor(username);
        for (int i = 0; i < 5; i++) {
            // Each try has the right password, which must not wipe the count the codes build up.
            mvc.perform(token(username, PASSWORD, i % 2 == 0 ? null : "00000" + i))
                    .andExpect(status().isUnauthorized());
        }
        assertThat(management.search(username, null, null,
                org.springframework.data.domain.PageRequest.of(0, 1)).getContent().get(0).locked()).isTrue();
        mvc.perform(token(username, PASSWORD, code(secret, 1)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
    }
}
