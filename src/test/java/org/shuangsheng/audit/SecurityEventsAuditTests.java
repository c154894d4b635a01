package org.shuangsheng.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuangsheng.TestData;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@PlatformTest
class SecurityEventsAuditTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    AuditQueries queries;

    List<AuditEventView> events(String username, AuditAction action) {
        return queries.search(new AuditFilter(username, action, null, null), PageRequest.of(0, 100)).getContent();
    }

    @Test
    void aFormLoginLeavesOneLoginRecordWithTheAccountAndAddress() throws Exception {
        int before = events("hongqi", AuditAction.LOGIN).size();
        mvc.perform(formLogin("/login").user("hongqi").password("Shuangsheng@2020"))
                .andExpect(authenticated().withUsername("hongqi"));
        List<AuditEventView> after = events("hongqi", AuditAction.LOGIN);
        assertThat(after).hasSize(before + 1);
        assertThat(after.get(0)).satisfies(event -> {
            assertThat(event.outcome()).isEqualTo(AuditOutcome.SUCCESS);
            assertThat(event.objectId()).isEqualTo("hongqi");
            assertThat(event.address()).isEqualTo("127.0.0.1");
            assertThat(event.detail()).isEqualTo("/login");
        });
    }

    @Test
    void aFailedLoginLeavesOneRecordNamingTheAccountTried() throws Exception {
        String tried = TestData.tag("nobody");
        mvc.perform(formLogin("/login").user(tried).password("wrong-password"))
                .andExpect(unauthenticated());
        assertThat(events(tried, null)).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.LOGIN_FAILED);
            assertThat(event.outcome()).isEqualTo(AuditOutcome.FAILURE);
            assertThat(event.objectId()).isEqualTo(tried);
            assertThat(event.detail()).contains("BadCredentials");
        });
    }

    @Test
    void aWrongPasswordForARealAccountIsAFailedLoginOfThatAccount() throws Exception {
        int before = events("guard01", AuditAction.LOGIN_FAILED).size();
        mvc.perform(formLogin("/login").user("guard01").password("not-the-password")).andExpect(unauthenticated());
        assertThat(events("guard01", AuditAction.LOGIN_FAILED)).hasSize(before + 1);
    }

    @Test
    void aTokenLoginIsRecordedButRequestsWithTheTokenAreNot() throws Exception {
        int before = events("cadre01", AuditAction.LOGIN).size();
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"cadre01\",\"password\":\"Shuangsheng@2020\"}"))
                .andExpect(status().isOk());
        assertThat(events("cadre01", AuditAction.LOGIN)).hasSize(before + 1)
                .first().extracting(AuditEventView::detail).isEqualTo("/api/v1/auth/token");

        String bearer = tokens.bearer("cadre01");
        int afterLogin = events("cadre01", AuditAction.LOGIN).size();
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/api/v1/me").header("Authorization", bearer)).andExpect(status().isOk());
        }
        assertThat(events("cadre01", AuditAction.LOGIN)).hasSize(afterLogin);
    }

    @Test
    void aFailedTokenLoginIsRecorded() throws Exception {
        String tried = TestData.tag("api");
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + tried + "\",\"password\":\"wrong-password\"}"))
                .andExpect(status().isUnauthorized());
        assertThat(events(tried, AuditAction.LOGIN_FAILED)).hasSize(1);
    }

    @Test
    void aRefusedPageLeavesAnAccessDeniedRecordWithThePath() throws Exception {
        int before = events("farmer01", AuditAction.ACCESS_DENIED).size();
        mvc.perform(get("/regions").with(users.as("farmer01")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden());
        List<AuditEventView> after = events("farmer01", AuditAction.ACCESS_DENIED);
        assertThat(after).hasSize(before + 1);
        assertThat(after.get(0)).satisfies(event -> {
            assertThat(event.outcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(event.objectType()).isEqualTo("route");
            assertThat(event.objectId()).isEqualTo("/regions");
            assertThat(event.detail()).isEqualTo("GET");
        });
    }

    @Test
    void aRefusedApiCallIsRecordedToo() throws Exception {
        int before = events("ent01", AuditAction.ACCESS_DENIED).size();
        mvc.perform(get("/api/v1/audit-events").header("Authorization", tokens.bearer("ent01")))
                .andExpect(status().isForbidden());
        assertThat(events("ent01", AuditAction.ACCESS_DENIED)).hasSize(before + 1)
                .first().extracting(AuditEventView::objectId).isEqualTo("/api/v1/audit-events");
    }

    @Test
    void aVisitorWithoutSessionSentToTheLoginPageIsNotRecorded() throws Exception {
        long before = queries.search(new AuditFilter("anonymous", AuditAction.ACCESS_DENIED, null, null),
                PageRequest.of(0, 1)).getTotalElements();
        mvc.perform(get("/regions").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
        assertThat(queries.search(new AuditFilter("anonymous", AuditAction.ACCESS_DENIED, null, null),
                PageRequest.of(0, 1)).getTotalElements()).isEqualTo(before);
    }

    @Test
    void aLogoutIsRecorded() throws Exception {
        int before = events("grid02", AuditAction.LOGOUT).size();
        mvc.perform(post("/logout").with(users.as("grid02")).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(events("grid02", AuditAction.LOGOUT)).hasSize(before + 1);
    }
}
