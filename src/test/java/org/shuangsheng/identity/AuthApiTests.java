package org.shuangsheng.identity;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.TestData;
import org.shuangsheng.identity.internal.Accounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@PlatformTest
class AuthApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    String login(String username, String password) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.token");
    }

    @Test
    void aTokenExpiresAfterTwelveHoursAndShowsTheCallersScope() throws Exception {
        String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"grid01\",\"password\":\"Shuangsheng@2020\"}"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Instant expiresAt = Instant.parse(JsonPath.read(body, "$.expiresAt"));
        Assertions.assertThat(Duration.between(Instant.now(), expiresAt)).isBetween(Duration.ofHours(11),
                Duration.ofHours(12));

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + JsonPath.read(body, "$.token")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username", is("grid01")))
                .andExpect(jsonPath("$.displayName", is("红旗街道网格员")))
                .andExpect(jsonPath("$.roles", contains("GRID_WORKER")))
                .andExpect(jsonPath("$.regionCodes", contains("23050600100101")))
                .andExpect(jsonPath("$.enterpriseId", nullValue()));
    }

    @Test
    void anEnterpriseSeesItsEnterpriseInItsScope() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + login("ent01", "Shuangsheng@2020")))
                .andExpect(jsonPath("$.roles", contains("ENTERPRISE")))
                .andExpect(jsonPath("$.enterpriseId", is(1)));
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSame401() throws Exception {
        String wrongPassword = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"commander\",\"password\":\"wrong-password\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn().getResponse().getContentAsString();
        String unknownUser = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"nobody\",\"password\":\"wrong-password\"}"))
                .andExpect(status().isUnauthorized())
                .andReturn().getResponse().getContentAsString();
        Assertions.assertThat(JsonPath.<String>read(wrongPassword, "$.detail"))
                .isEqualTo(JsonPath.read(unknownUser, "$.detail"));
    }

    @Test
    void missingCredentialsAreFieldErrors() throws Exception {
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'username')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'password')]").exists());
    }

    @Test
    void theOpenApiDescriptionNamesTheOneTimeCodeOfTheTokenRequest() throws Exception {
        mvc.perform(get("/v3/api-docs").with(users.as("commander")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.components.schemas.Credentials.properties.totp.description",
                        containsString("second factor")));
    }

    @Test
    void aRevokedTokenNoLongerWorks() throws Exception {
        String token = login("commander", "Shuangsheng@2020");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(delete("/api/v1/auth/token").header("Authorization", "Bearer " + token))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aMadeUpTokenIsRefused() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer not-a-real-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status", is(401)));
    }

    @Test
    void anyoneCanNoLongerLockAnyoneOut(@Autowired AccountManagement management, @Autowired Accounts accounts)
            throws Exception {
        AccountForm form = new AccountForm();
        form.setUsername(TestData.tag("target"));
        form.setDisplayName("被试网格员");
        form.setRole(Role.GRID_WORKER);
        form.setRegionCodes("23050600100102");
        AccountView target = management.create(form).account();
        accounts.changePassword(target.id(), "Spring-Plough-2020", Instant.now());
        String token = login(target.username(), "Spring-Plough-2020");
        jakarta.servlet.http.Cookie[] session = mvc.perform(formLogin("/login").user(target.username())
                .password("Spring-Plough-2020")).andReturn().getResponse().getCookies();

        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"username\":\"" + target.username() + "\",\"password\":\"guess-" + i + "\"}"))
                    .andExpect(status().isUnauthorized());
        }
        // The next try waits, answered at once with when to come back, whatever the password.
        String retryAfter = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + target.username() + "\",\"password\":\"Spring-Plough-2020\"}"))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("秒后再试")))
                .andReturn().getResponse().getHeader("Retry-After");
        Assertions.assertThat(Long.parseLong(retryAfter)).isPositive();

        // What the owner already holds keeps working: the guesses are not the owner's doing.
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(get("/account/password").cookie(session).accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
    }

    @Test
    void anUnknownUsernameWaitsLikeAKnownOneSoTheWaitNamesNoAccount() throws Exception {
        String nobody = TestData.tag("nobody");
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"username\":\"" + nobody + "\",\"password\":\"guess-" + i + "\"}"))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + nobody + "\",\"password\":\"guess-5\"}"))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("秒后再试")));
    }
}
