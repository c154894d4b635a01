package org.shuangsheng.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shuangsheng.TestData;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@PlatformTest
class AuditPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    AuditLog audit;

    @Autowired
    AuditQueries queries;

    static String marker() {
        return TestData.tag("p");
    }

    @Test
    void theCommanderSeesTheLogAndFiltersByAction() throws Exception {
        String failed = marker();
        String created = marker();
        mvc.perform(formLogin("/login").user(failed).password("wrong-password"));
        audit.record(created, AuditAction.CREATE, "region", "230506001", AuditOutcome.SUCCESS, null);

        mvc.perform(get("/audit").with(users.as("commander")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("审计日志"), containsString(failed),
                        containsString(created), containsString("登录失败"), containsString("校验日志链"),
                        containsString("导出 Excel"))));
        mvc.perform(get("/audit").param("action", "LOGIN_FAILED").with(users.as("commander")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(failed), not(containsString(created)))));
        mvc.perform(get("/audit").param("user", created).with(users.as("commander")))
                .andExpect(content().string(allOf(containsString(created), not(containsString(failed)))));
    }

    @Test
    void datesFilterByTheDistrictsDays() throws Exception {
        String user = marker();
        audit.record(user, AuditAction.UPDATE, "region", "230506001", AuditOutcome.SUCCESS, null);
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        String tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        mvc.perform(get("/audit").param("user", user).param("from", today).param("to", today)
                        .with(users.as("commander")))
                .andExpect(content().string(containsString(user)));
        mvc.perform(get("/audit").param("user", user).param("from", tomorrow).with(users.as("commander")))
                .andExpect(content().string(allOf(not(containsString("data-id")), containsString("没有符合条件的记录"))));
    }

    @Test
    void anHtmxSearchAnswersOnlyTheResults() throws Exception {
        mvc.perform(get("/audit").param("action", "LOGIN").header("HX-Request", "true").with(users.as("commander")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("audit-table"), not(containsString("<html")),
                        not(containsString("navbar")))));
    }

    @Test
    void theLogSpeaksEnglishAfterTheSwitch() throws Exception {
        mvc.perform(get("/audit").param("lang", "en").with(users.as("commander")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Audit log"), containsString("Verify the chain"))));
    }

    @Test
    void onlyTheCommanderHasTheLogInTheNavigation() throws Exception {
        mvc.perform(get("/").with(users.as("commander")))
                .andExpect(content().string(containsString("href=\"/audit\"")));
        mvc.perform(get("/").with(users.as("admin")))
                .andExpect(content().string(not(containsString("href=\"/audit\""))));
    }

    @Test
    void nobodyButTheCommanderOpensTheLog() throws Exception {
        for (String user : new String[] {"grid01", "admin", "ent01", "farmer01", "hongqi"}) {
            mvc.perform(get("/audit").with(users.as(user)).accept(MediaType.TEXT_HTML))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/audit/export").with(users.as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/audit/verify").with(users.as(user)).with(csrf())).andExpect(status().isForbidden());
        }
    }

    @Test
    void theExportOpensInExcelWithItsHeaderRowAndIsItselfAudited() throws Exception {
        String user = marker();
        audit.record(user, AuditAction.REVEAL, "resident", "42", AuditOutcome.SUCCESS, "=HYPERLINK(\"x\")");
        long exportsBefore = exports();
        byte[] file = mvc.perform(get("/audit/export").param("user", user).with(users.as("commander")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        containsString("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("编号");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("时间（Asia/Shanghai）");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("用户");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("操作");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            Row row = sheet.getRow(1);
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo(user);
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("查看明文");
            assertThat(row.getCell(8).getStringCellValue()).isEqualTo("'=HYPERLINK(\"x\")");
        }
        assertThat(exports()).isEqualTo(exportsBefore + 1);
        assertThat(queries.search(new AuditFilter("commander", AuditAction.EXPORT, null, null), PageRequest.of(0, 1))
                .getContent().get(0).detail()).contains("user=" + user, "rows=1");
    }

    @Test
    void theChainCheckShowsItsResult() throws Exception {
        mvc.perform(post("/audit/verify").with(users.as("commander")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("日志链完整"), containsString("<html"))));
        mvc.perform(post("/audit/verify").header("HX-Request", "true").with(users.as("commander")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("日志链完整"), not(containsString("<html")))));
    }

    @Test
    void theChainCheckNeedsTheCsrfToken() throws Exception {
        mvc.perform(post("/audit/verify").with(users.as("commander"))).andExpect(status().isForbidden());
    }

    private long exports() {
        return queries.search(new AuditFilter("commander", AuditAction.EXPORT, null, null), PageRequest.of(0, 1))
                .getTotalElements();
    }
}
