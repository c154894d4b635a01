package org.shuangsheng.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.TestData;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditEventView;
import org.shuangsheng.audit.AuditFilter;
import org.shuangsheng.audit.AuditQueries;
import org.shuangsheng.identity.internal.Accounts;
import org.shuangsheng.identity.internal.ApiTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 11, finding 4: the administrator made itself (or a new account it held the password of)
 * commander and read the district's households. Rights over residents' data now take a second
 * person: the request waits until another administrator or the commander approves it.
 */
@PlatformTest
class AdministratorPromotesItselfTests {

    static final String OWN_PASSWORD = AccountAdministrationTests.OWN_PASSWORD;
    static final String DISTRICT = "230506";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    AccountManagement accounts;

    @Autowired
    AccountApprovals approvals;

    @Autowired
    Accounts storage;

    @Autowired
    ApiTokens tokens;

    @Autowired
    AuditQueries audit;

    /** An account of the test's own, created by the platform (nobody signed in), as seeding does. */
    AccountView account(String prefix, Role role, String regionCodes) {
        AccountForm form = new AccountForm();
        form.setUsername(TestData.tag(prefix));
        form.setDisplayName("授权测试");
        form.setRole(role);
        form.setRegionCodes(regionCodes);
        AccountView account = accounts.create(form).account();
        storage.changePassword(account.id(), OWN_PASSWORD, Instant.now());
        return account;
    }

    /** The demo administrator asks, through the page, for this account to become commander. */
    void adminRequestsCommander(AccountView account) throws Exception {
        mvc.perform(post("/users/" + account.id()).with(users.as("admin")).with(csrf())
                        .param("displayName", account.displayName()).param("role", "COMMANDER")
                        .param("regionCodes", DISTRICT))
                .andExpect(redirectedUrl("/users/" + account.id()))
                .andExpect(flash().attribute("flash", "account.flash.savedPending"));
    }

    AccountView byName(String username) {
        return accounts.search(username, null, null, PageRequest.of(0, 5)).stream()
                .filter(a -> a.username().equals(username)).findFirst().orElseThrow();
    }

    AccountGrantView pending(AccountView account) {
        return approvals.pendingFor(account.id()).orElseThrow();
    }

    List<AuditEventView> auditOf(String username) {
        return audit.search(AuditFilter.none(), PageRequest.of(0, 200)).getContent().stream()
                .filter(e -> username.equals(e.objectId())).toList();
    }

    List<AuditEventView> grantEvents(String username) {
        return auditOf(username).stream().filter(e -> e.detail() != null && e.detail().startsWith("GRANT_")).toList();
    }

    @Test
    void creatingACommanderLeavesItWithoutTheRoleUntilASecondPersonApproves() throws Exception {
        String username = TestData.tag("new-commander");
        mvc.perform(post("/users").with(users.as("admin")).with(csrf()).param("username", username)
                        .param("displayName", "新指挥部值班员").param("role", "COMMANDER").param("regionCodes", DISTRICT))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(username), containsString("待审批"))));
        AccountView created = byName(username);
        assertThat(created.approved()).isFalse();
        assertThat(created.enabled()).isFalse();
        assertThat(pending(created)).satisfies(grant -> {
            assertThat(grant.requestedBy()).isEqualTo("admin");
            assertThat(grant.from()).isNull();
            assertThat(grant.to().role()).isEqualTo(Role.COMMANDER);
            assertThat(grant.to().regionCodes()).containsExactly(DISTRICT);
        });
        storage.changePassword(created.id(), OWN_PASSWORD, Instant.now());
        mvc.perform(formLogin("/login").user(username).password(OWN_PASSWORD)).andExpect(unauthenticated());
        mvc.perform(post("/users/" + created.id() + "/enable").with(users.as("admin")).with(csrf()))
                .andExpect(flash().attribute("flashError", "account.enable.awaitingApproval"));
        assertThat(accounts.require(created.id()).enabled()).isFalse();

        mvc.perform(post("/grants/" + pending(created).id() + "/approve").with(users.as("commander")).with(csrf()))
                .andExpect(redirectedUrl("/grants"));
        AccountView approved = accounts.require(created.id());
        assertThat(approved.approved()).isTrue();
        assertThat(approved.enabled()).isTrue();
        assertThat(approved.role()).isEqualTo(Role.COMMANDER);
        mvc.perform(formLogin("/login").user(username).password(OWN_PASSWORD)).andExpect(authenticated());
        assertThat(grantEvents(username)).extracting(AuditEventView::username).containsExactly("commander", "admin");
    }

    @Test
    void aTokenOfThePendingAccountCannotReadHouseholds() throws Exception {
        String username = TestData.tag("pending-token");
        mvc.perform(post("/users").with(users.as("admin")).with(csrf()).param("username", username)
                        .param("displayName", "待批指挥部").param("role", "COMMANDER").param("regionCodes", DISTRICT))
                .andExpect(status().isOk());
        AccountView created = byName(username);
        storage.changePassword(created.id(), OWN_PASSWORD, Instant.now());
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"password\":\"" + OWN_PASSWORD + "\"}"))
                .andExpect(status().is4xxClientError());
        String token = tokens.issue(created.id()).token();
        mvc.perform(get("/api/v1/households").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theRequesterCannotApproveItsOwnRequestNorTheAccountItsOwnGrant() throws Exception {
        AccountView worker = account("own-request", Role.GRID_WORKER, "23050600100102");
        adminRequestsCommander(worker);
        assertThat(accounts.require(worker.id()).role()).isEqualTo(Role.GRID_WORKER);
        AccountGrantView grant = pending(worker);

        mvc.perform(get("/users").param("q", worker.username()).with(users.as("admin")))
                .andExpect(content().string(allOf(containsString("待审批"), containsString("须由申请人以外"),
                        not(containsString("approve-" + grant.id())))));
        mvc.perform(post("/grants/" + grant.id() + "/approve").with(users.as("admin")).with(csrf()))
                .andExpect(flash().attribute("flashError", "account.grant.ownRequest"));
        assertThat(accounts.require(worker.id()).role()).isEqualTo(Role.GRID_WORKER);
        assertThat(pending(worker).status()).isEqualTo(AccountGrantView.Status.PENDING);

        AccountView commander = account("own-account", Role.COMMANDER, "230506001");
        mvc.perform(post("/users/" + commander.id()).with(users.as("admin")).with(csrf())
                        .param("displayName", commander.displayName()).param("role", "COMMANDER")
                        .param("regionCodes", DISTRICT))
                .andExpect(flash().attribute("flash", "account.flash.savedPending"));
        mvc.perform(post("/grants/" + pending(commander).id() + "/approve").with(users.as(commander.username()))
                        .with(csrf()))
                .andExpect(flash().attribute("flashError", "account.grant.ownAccount"));
        assertThat(accounts.require(commander.id()).regionCodes()).containsExactly("230506001");
    }

    @Test
    void anApprovedGrantTakesEffectAndIsAudited() throws Exception {
        AccountView worker = account("approved", Role.GRID_WORKER, "23050600100102");
        AccountView secondAdmin = account("second-admin", Role.ADMIN, null);
        mvc.perform(post("/users/" + worker.id()).with(users.as("admin")).with(csrf())
                        .param("displayName", worker.displayName()).param("role", "SUBDISTRICT_OFFICER")
                        .param("regionCodes", "230506001"))
                .andExpect(flash().attribute("flash", "account.flash.savedPending"));
        AccountGrantView grant = pending(worker);

        mvc.perform(get("/users").param("q", worker.username()).with(users.as(secondAdmin.username())))
                .andExpect(content().string(containsString("approve-" + grant.id())));
        mvc.perform(get("/grants").with(users.as("commander")).accept(MediaType.TEXT_HTML))
                .andExpect(content().string(allOf(containsString("approve-" + grant.id()),
                        containsString("id=\"grants-count\""))));
        mvc.perform(post("/grants/" + grant.id() + "/approve").param("back", "users")
                        .with(users.as(secondAdmin.username())).with(csrf()))
                .andExpect(redirectedUrl("/users"));

        AccountView after = accounts.require(worker.id());
        assertThat(after.role()).isEqualTo(Role.SUBDISTRICT_OFFICER);
        assertThat(after.regionCodes()).containsExactly("230506001");
        assertThat(approvals.pendingFor(worker.id())).isEmpty();
        List<AuditEventView> events = grantEvents(worker.username());
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).satisfies(approval -> {
            assertThat(approval.username()).isEqualTo(secondAdmin.username());
            assertThat(approval.action()).isEqualTo(AuditAction.ROLE_CHANGE);
            assertThat(approval.detail()).isEqualTo("GRANT_APPROVED GRID_WORKER 23050600100102 -> "
                    + "SUBDISTRICT_OFFICER 230506001 requested by admin");
        });
        assertThat(events.get(1).username()).isEqualTo("admin");
        assertThat(events.get(1).detail()).startsWith("GRANT_REQUESTED ");
    }

    @Test
    void aNarrowerScopeOrANewNameNeedsNoApproval() throws Exception {
        AccountView officer = account("narrower", Role.SUBDISTRICT_OFFICER, "230506001");
        mvc.perform(post("/users/" + officer.id()).with(users.as("admin")).with(csrf())
                        .param("displayName", "红旗街道新名").param("role", "SUBDISTRICT_OFFICER")
                        .param("regionCodes", "230506001001"))
                .andExpect(flash().attribute("flash", "account.flash.saved"));
        assertThat(accounts.require(officer.id()).regionCodes()).containsExactly("230506001001");
        assertThat(approvals.pendingFor(officer.id())).isEmpty();
    }

    @Test
    void aRejectedGrantLeavesTheAccountUnchanged() throws Exception {
        AccountView worker = account("rejected", Role.GRID_WORKER, "23050600100102");
        adminRequestsCommander(worker);
        AccountGrantView grant = pending(worker);

        mvc.perform(post("/grants/" + grant.id() + "/reject").param("reason", " ")
                        .with(users.as("commander")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写驳回理由")));
        mvc.perform(post("/grants/" + grant.id() + "/reject").param("reason", "不是指挥部人员")
                        .with(users.as("commander")).with(csrf()))
                .andExpect(redirectedUrl("/grants"));

        AccountView after = accounts.require(worker.id());
        assertThat(after.role()).isEqualTo(Role.GRID_WORKER);
        assertThat(after.regionCodes()).containsExactly("23050600100102");
        assertThat(approvals.pendingFor(worker.id())).isEmpty();
        assertThat(grantEvents(worker.username()).get(0)).satisfies(rejection -> {
            assertThat(rejection.username()).isEqualTo("commander");
            assertThat(rejection.detail()).startsWith("GRANT_REJECTED ").endsWith(": 不是指挥部人员");
        });
        mvc.perform(formLogin("/login").user(worker.username()).password(OWN_PASSWORD)).andExpect(authenticated());
    }

    @Test
    void anImportedCommanderWaitsForApprovalToo() throws Exception {
        String commander = TestData.tag("imported-commander");
        String liaison = TestData.tag("imported-liaison");
        byte[] file = AccountAdministrationTests.workbook(List.of(
                List.of(commander, "导入指挥部", "区指挥部", "", DISTRICT, "", ""),
                List.of(liaison, "导入联络员", "企业联络员", "", "", "7", "")));
        mvc.perform(multipart("/users/import").file(new MockMultipartFile("file", "users.xlsx",
                        "application/octet-stream", file)).with(users.as("admin")).with(csrf()))
                .andExpect(status().isOk());
        assertThat(byName(commander).approved()).isFalse();
        assertThat(approvals.pendingFor(byName(commander).id())).isPresent();
        assertThat(byName(liaison).approved()).isTrue();
        assertThat(byName(liaison).enabled()).isTrue();
    }
}
