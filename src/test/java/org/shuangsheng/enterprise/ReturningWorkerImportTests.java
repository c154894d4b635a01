package org.shuangsheng.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.enterprise.workers.ReturningWorkerImport;
import org.shuangsheng.screening.RiskRuleSet;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** An enterprise's returning workers from a spreadsheet: all rows or none, every bad row named. */
@PlatformTest
class ReturningWorkerImportTests {

    static final String HEADER = String.join(",", org.shuangsheng.enterprise.workers.ReturningWorkerImport.COLUMNS);

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RiskRuleSet rules;

    static MockMultipartFile csv(String... rows) {
        return new MockMultipartFile("file", "返岗人员.csv", "text/csv",
                (HEADER + "\r\n" + String.join("\r\n", rows)).getBytes(StandardCharsets.UTF_8));
    }

    static String row(String name, String idNumber, String origin, LocalDate back, String contact) {
        return String.join(",", name, idNumber, "13912345678", origin, back.toString(), back.toString(), "K7034",
                contact, "36.5", "", "是");
    }

    int count(long enterprise) {
        return jdbc.queryForObject("select count(*) from enterprise_returning_worker where enterprise_id = ?",
                Integer.class, enterprise);
    }

    @Test
    void aFileWithOneBadRowAddsNobodyAndNamesEveryBadRow() throws Exception {
        long enterprise = EnterpriseFixtures.register(mvc, tokens, "hongqi", "返岗导入测试有限公司",
                EnterpriseFixtures.HONGQI);
        LocalDate today = ReturningWorkerFixtures.today();
        String repeated = ReturningWorkerFixtures.idNumber();
        mvc.perform(multipart("/enterprises/" + enterprise + "/returning-workers/import")
                        .file(csv(row("秦好", ReturningWorkerFixtures.idNumber(), "佳木斯", today, "否"),
                                row("秦坏", "110105194912310021", "佳木斯", today, "也许"),
                                row("秦一", repeated, "武汉", today, "否"),
                                row("秦二", repeated, "武汉", today, "否")))
                        .with(users.as("hongqi")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"import-errors\"")))
                .andExpect(content().string(containsString("身份证号码校验位不正确")))
                .andExpect(content().string(containsString("请填“是”或“否”。")))
                .andExpect(content().string(containsString("身份证号与第 4 行重复。")))
                .andExpect(content().string(not(containsString("秦坏"))));
        assertThat(count(enterprise)).isZero();

        int days = rules.current().quarantineDays();
        mvc.perform(multipart("/enterprises/" + enterprise + "/returning-workers/import")
                        .file(csv(row("秦武汉", ReturningWorkerFixtures.idNumber(), "湖北省武汉市", today, "否"),
                                row("秦本地", ReturningWorkerFixtures.idNumber(), "佳木斯", today, "否")))
                        .header("HX-Request", "true").with(users.as("hongqi")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("导入 2 名返岗人员")))
                .andExpect(content().string(not(containsString("<html"))));
        assertThat(jdbc.queryForList("select quarantine_until from enterprise_returning_worker where enterprise_id = ?"
                + " order by name", LocalDate.class, enterprise)).containsExactly(null, today.plusDays(days));
    }

    @Test
    void theTemplateHasTheColumnsAndOnlyWritersReachTheImport() throws Exception {
        byte[] file = mvc.perform(get("/enterprises/1/returning-workers/import/template.xlsx").with(users.as("ent01")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> header = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Row first = workbook.getSheetAt(0).getRow(0);
            first.forEach(cell -> header.add(cell.getStringCellValue()));
        }
        // The last column marks the example rows, which are never imported.
        assertThat(header.subList(0, header.size() - 1)).isEqualTo(ReturningWorkerImport.COLUMNS);
        assertThat(header.get(header.size() - 1)).isEqualTo("说明");
        mvc.perform(get("/enterprises/1/returning-workers/import").with(users.as("ent01")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"import-form\"")));
        mvc.perform(get("/enterprises/1/returning-workers/import").with(users.as("cadre01")))
                .andExpect(status().isForbidden());
        long other = EnterpriseFixtures.register(mvc, tokens, "commander", "跃进返岗导入有限公司",
                EnterpriseFixtures.YUEJIN);
        mvc.perform(multipart("/enterprises/" + other + "/returning-workers/import")
                        .file(csv(row("秦越权", ReturningWorkerFixtures.idNumber(), "佳木斯",
                                ReturningWorkerFixtures.today(), "否")))
                        .with(users.as("ent01")).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(count(other)).isZero();
    }
}
