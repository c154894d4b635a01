package org.shuangsheng.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shuangsheng.TestData;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@PlatformTest
class AccountAdministrationTests {

    static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    AccountManagement accounts;

    AccountManagement.Issued newGridWorker() {
        AccountForm form = new AccountForm();
        form.setUsername(TestData.tag("worker"));
        form.setDisplayName("测试网格员");
        form.setRole(Role.GRID_WORKER);
        form.setRegionCodes("23050600100102");
        return accounts.create(form);
    }

    @Test
    void theAdministratorCreatesAUserAndSeesItsTemporaryPasswordOnce() throws Exception {
        String body = mvc.perform(post("/users").with(users.as("admin")).with(csrf())
                        .param("username", "Hongqi-Grid-88").param("displayName", "王网格").param("role", "GRID_WORKER")
                        .param("regionCodes", "23050600100103\n23050600100104"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("hongqi-grid-88"), containsString("Tmp-"))))
                .andReturn().getResponse().getContentAsString();
        AccountView created = accounts.search("hongqi-grid-88", null, null, PageRequest.of(0, 1)).getContent().get(0);
        assertThat(created.regionCodes()).containsExactlyInAnyOrder("23050600100103", "23050600100104");
        assertThat(created.mustChangePassword()).isTrue();
        assertThat(body).doesNotContain("{bcrypt}");
    }

    @Test
    void aBadUserFormComesBackWithEveryValueAndAMessageByEachField() throws Exception {
        mvc.perform(post("/users").with(users.as("admin")).with(csrf())
                        .param("username", "x").param("displayName", "李四").param("role", "GRID_WORKER")
                        .param("regionCodes", "99999999"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"李四\""), containsString("99999999"),
                        containsString("用户名须为 3 至 64 位"), containsString("区划编码 99999999 不存在"))));
    }

    @Test
    void onlyTheAdministratorManagesUsers() throws Exception {
        for (String user : new String[] {"commander", "hongqi", "grid01", "ent01", "farmer01"}) {
            mvc.perform(get("/users").with(users.as(user)).accept(MediaType.TEXT_HTML)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/users").with(users.as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("grid01")));
    }

    @Test
    void aNewUserMustChangeItsPasswordBeforeAnythingElse() throws Exception {
        AccountManagement.Issued issued = newGridWorker();
        String username = issued.account().username();
        // Sessions live in Spring Session's store and are found by their cookie, as in a browser.
        jakarta.servlet.http.Cookie[] session = mvc.perform(formLogin("/login").user(username)
                        .password(issued.temporaryPassword()))
                .andExpect(authenticated()).andReturn().getResponse().getCookies();
        mvc.perform(get("/regions").cookie(session))
                .andExpect(redirectedUrl("/account/password"));
        mvc.perform(post("/account/password").cookie(session).with(csrf())
                        .param("currentPassword", issued.temporaryPassword()).param("newPassword", "short")
                        .param("confirmation", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("新密码至少需要 12 个字符")));
        mvc.perform(post("/account/password").cookie(session).with(csrf())
                        .param("currentPassword", issued.temporaryPassword()).param("newPassword", "Spring-Plough-2020")
                        .param("confirmation", "Spring-Plough-2020"))
                .andExpect(redirectedUrl("/login?passwordChanged"));
        mvc.perform(formLogin("/login").user(username).password("Spring-Plough-2020")).andExpect(redirectedUrl("/"));
    }

    @Test
    void aUserWithATemporaryPasswordGetsNoApiToken() throws Exception {
        AccountManagement.Issued issued = newGridWorker();
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + issued.account().username() + "\",\"password\":\""
                                + issued.temporaryPassword() + "\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("修改初始密码")));
    }

    @Test
    void sixBadPasswordsLockTheAccountSoEvenTheRightOneFails() throws Exception {
        AccountManagement.Issued issued = newGridWorker();
        String username = issued.account().username();
        for (int i = 0; i < 6; i++) {
            mvc.perform(formLogin("/login").user(username).password("wrong-" + i)).andExpect(unauthenticated());
        }
        mvc.perform(formLogin("/login").user(username).password(issued.temporaryPassword()))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        assertThat(accounts.require(issued.account().id()).locked()).isTrue();
        // The administrator's reset unlocks it.
        AccountManagement.Issued reset = accounts.resetPassword(issued.account().id());
        mvc.perform(formLogin("/login").user(username).password(reset.temporaryPassword())).andExpect(authenticated());
    }

    @Test
    void disablingEndsTheUsersOpenSessionAtOnce() throws Exception {
        AccountManagement.Issued issued = newGridWorker();
        jakarta.servlet.http.Cookie[] session = mvc.perform(formLogin("/login").user(issued.account().username())
                        .password(issued.temporaryPassword()))
                .andExpect(authenticated()).andReturn().getResponse().getCookies();
        mvc.perform(get("/account/password").cookie(session)).andExpect(status().isOk());
        accounts.disable(issued.account().id());
        mvc.perform(get("/account/password").cookie(session).accept(MediaType.TEXT_HTML))
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void aDisabledUserCannotSignInNorUseItsToken(@Autowired org.shuangsheng.identity.internal.ApiTokens tokens)
            throws Exception {
        AccountManagement.Issued issued = newGridWorker();
        String token = tokens.issue(issued.account().id()).token();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(post("/users/" + issued.account().id() + "/disable").with(users.as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/users/" + issued.account().id()));
        mvc.perform(formLogin("/login").user(issued.account().username()).password(issued.temporaryPassword()))
                .andExpect(unauthenticated());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    /** A grid worker with a password of its own (no change pending), its API token and a web session. */
    record SignedIn(AccountView account, String token, jakarta.servlet.http.Cookie[] session) {
    }

    SignedIn signedInGridWorker(org.shuangsheng.identity.internal.Accounts storage,
            org.shuangsheng.identity.internal.ApiTokens tokens) throws Exception {
        AccountView account = newGridWorker().account();
        storage.changePassword(account.id(), OWN_PASSWORD, java.time.Instant.now());
        jakarta.servlet.http.Cookie[] session = mvc.perform(formLogin("/login").user(account.username())
                .password(OWN_PASSWORD)).andExpect(authenticated()).andReturn().getResponse().getCookies();
        String token = tokens.issue(account.id()).token();
        assertStillSignedIn(token, session);
        return new SignedIn(account, token, session);
    }

    static final String OWN_PASSWORD = "Spring-Plough-2020";

    void assertStillSignedIn(String token, jakarta.servlet.http.Cookie[] session) throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(get("/account/password").cookie(session).accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
    }

    void assertSignedOut(String token, jakarta.servlet.http.Cookie[] session) throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        mvc.perform(get("/account/password").cookie(session).accept(MediaType.TEXT_HTML))
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void oldTokensDoNotSurviveAPasswordResetByTheAdministrator(
            @Autowired org.shuangsheng.identity.internal.Accounts storage,
            @Autowired org.shuangsheng.identity.internal.ApiTokens tokens) throws Exception {
        SignedIn user = signedInGridWorker(storage, tokens);
        mvc.perform(post("/users/" + user.account().id() + "/reset-password").with(users.as("admin")).with(csrf()))
                .andExpect(status().isOk());
        assertSignedOut(user.token(), user.session());
    }

    @Test
    void oldTokensDoNotSurviveTheUsersOwnPasswordChange(
            @Autowired org.shuangsheng.identity.internal.Accounts storage,
            @Autowired org.shuangsheng.identity.internal.ApiTokens tokens) throws Exception {
        SignedIn user = signedInGridWorker(storage, tokens);
        jakarta.servlet.http.Cookie[] phone = mvc.perform(formLogin("/login").user(user.account().username())
                .password(OWN_PASSWORD)).andExpect(authenticated()).andReturn().getResponse().getCookies();
        mvc.perform(post("/account/password").cookie(user.session()).with(csrf())
                        .param("currentPassword", OWN_PASSWORD).param("newPassword", "Harvest-Moon-2021")
                        .param("confirmation", "Harvest-Moon-2021"))
                .andExpect(redirectedUrl("/login?passwordChanged"));
        // The session that made the change signs in anew too, with a new session id.
        assertSignedOut(user.token(), user.session());
        assertSignedOut(user.token(), phone);
        mvc.perform(formLogin("/login").user(user.account().username()).password("Harvest-Moon-2021"))
                .andExpect(authenticated());
    }

    @Test
    void oldTokensDoNotSurviveDisablingNorComeBackWhenTheAccountIsEnabledAgain(
            @Autowired org.shuangsheng.identity.internal.Accounts storage,
            @Autowired org.shuangsheng.identity.internal.ApiTokens tokens) throws Exception {
        SignedIn user = signedInGridWorker(storage, tokens);
        accounts.disable(user.account().id());
        assertSignedOut(user.token(), user.session());
        accounts.enable(user.account().id());
        assertSignedOut(user.token(), user.session());
        mvc.perform(formLogin("/login").user(user.account().username()).password(OWN_PASSWORD))
                .andExpect(authenticated());
    }

    @Test
    void theAdministratorCannotPromoteItself(@Autowired org.shuangsheng.identity.internal.Accounts storage)
            throws Exception {
        AccountForm form = new AccountForm();
        form.setUsername(TestData.tag("admin"));
        form.setDisplayName("值班管理员");
        form.setRole(Role.ADMIN);
        AccountView admin = accounts.create(form).account();
        storage.changePassword(admin.id(), OWN_PASSWORD, java.time.Instant.now());

        mvc.perform(post("/users/" + admin.id()).with(users.as(admin.username())).with(csrf())
                        .param("displayName", "值班管理员").param("role", "COMMANDER").param("regionCodes", "230506"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("不能修改自己的角色")));
        assertThat(accounts.require(admin.id()).role()).isEqualTo(Role.ADMIN);
        assertThat(accounts.require(admin.id()).regionCodes()).isEmpty();
        // Its own name it may still correct.
        mvc.perform(post("/users/" + admin.id()).with(users.as(admin.username())).with(csrf())
                        .param("displayName", "夜班管理员").param("role", "ADMIN"))
                .andExpect(redirectedUrl("/users/" + admin.id()));
        assertThat(accounts.require(admin.id()).displayName()).isEqualTo("夜班管理员");
    }

    @Test
    void theAdministratorCannotDisableItself() throws Exception {
        long adminId = accounts.search("admin", Role.ADMIN, null, PageRequest.of(0, 5)).getContent().stream()
                .filter(a -> a.username().equals("admin")).findFirst().orElseThrow().id();
        mvc.perform(post("/users/" + adminId + "/disable").with(users.as("admin")).with(csrf()));
        assertThat(accounts.require(adminId).enabled()).isTrue();
    }

    @Test
    void anImportAddsEveryUserOrNone() throws Exception {
        byte[] bad = workbook(List.of(
                List.of("import-a", "甲", "网格员", "", "23050600100105", "", ""),
                List.of("import-b", "乙", "村长", "", "230506101201", "", ""),
                List.of("import-c", "丙", "企业联络员", "", "", "", "")));
        mvc.perform(multipart("/users/import").file(new MockMultipartFile("file", "users.xlsx",
                        "application/octet-stream", bad)).with(users.as("admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<td>3</td>"), containsString("角色“村长”无法识别"),
                        containsString("<td>4</td>"), containsString("企业联络员须填写企业 ID"))));
        assertThat(accounts.search("import-a", null, null, PageRequest.of(0, 5)).getContent()).isEmpty();

        byte[] good = workbook(List.of(
                List.of("import-d", "丁", "网格员", "", "23050600100105", "", ""),
                List.of("import-e", "戊", "ENTERPRISE", "", "", "7", "")));
        mvc.perform(multipart("/users/import").file(new MockMultipartFile("file", "users.xlsx",
                        "application/octet-stream", good)).with(users.as("admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("import-d"), containsString("import-e"),
                        containsString("Tmp-"))));
        assertThat(accounts.search("import-e", null, null, PageRequest.of(0, 5)).getContent().get(0).enterpriseId())
                .isEqualTo(7L);
    }

    static byte[] workbook(List<List<String>> rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("用户");
            Row header = sheet.createRow(0);
            List<String> columns = List.of("用户名", "姓名", "角色", "部门", "区划编码", "企业ID", "卡口ID");
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(columns.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
