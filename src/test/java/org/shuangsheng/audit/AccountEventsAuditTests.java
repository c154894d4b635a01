package org.shuangsheng.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shuangsheng.TestData;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.identity.AccountForm;
import org.shuangsheng.identity.AccountManagement;
import org.shuangsheng.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

@PlatformTest
class AccountEventsAuditTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    AuditQueries queries;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    List<AuditEventView> about(String username) {
        return queries.search(AuditFilter.none(), PageRequest.of(0, 200)).getContent().stream()
                .filter(e -> username.equals(e.objectId())).toList();
    }

    AccountManagement.Issued newGridWorker() {
        AccountForm form = new AccountForm();
        form.setUsername("audited" + TestData.next());
        form.setDisplayName("审计测试网格员");
        form.setRole(Role.GRID_WORKER);
        form.setRegionCodes("23050600100102");
        return accounts.create(form);
    }

    @Test
    void theAdministratorsChangesAreRecordedAsItsActs() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        AccountManagement.Issued issued = newGridWorker();
        String username = issued.account().username();
        accounts.resetPassword(issued.account().id());
        accounts.disable(issued.account().id());

        assertThat(about(username)).extracting(AuditEventView::action)
                .containsExactly(AuditAction.USER_CHANGE, AuditAction.PASSWORD_CHANGE, AuditAction.USER_CHANGE);
        assertThat(about(username)).allSatisfy(event -> {
            assertThat(event.username()).isEqualTo("admin");
            assertThat(event.objectType()).isEqualTo("account");
        });
        assertThat(about(username).get(2).detail()).isEqualTo("CREATED GRID_WORKER");
        assertThat(about(username).get(0).detail()).isEqualTo("DISABLED");
        assertThat(about(username)).noneSatisfy(event -> assertThat(event.detail())
                .contains(issued.temporaryPassword()));
    }

    @Test
    void aLockoutAfterTooManyFailedSignInsIsRecorded() throws Exception {
        String username = newGridWorker().account().username();
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(username).password("wrong-" + i)).andExpect(unauthenticated());
        }
        List<AuditEventView> events = about(username);
        assertThat(events).filteredOn(e -> e.action() == AuditAction.LOCKOUT).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.LOCKOUT);
            assertThat(event.username()).isEqualTo(username);
            assertThat(event.detail()).startsWith("locked until ");
        });
        assertThat(events).filteredOn(e -> e.action() == AuditAction.LOGIN_FAILED).hasSize(5);
    }
}
