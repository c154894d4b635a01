package org.shuangsheng.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Resumed enterprises report daily; the task force sees who has not and reminds them in one click. */
@PlatformTest
class DailyReportTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcTemplate jdbc;

    long resumed(String name) throws Exception {
        long id = EnterpriseFixtures.register(mvc, tokens, "hongqi", name, EnterpriseFixtures.HONGQI);
        mvc.perform(post("/api/v1/enterprises/" + id + "/filings").header("Authorization", tokens.bearer("hongqi"))
                        .contentType(MediaType.APPLICATION_JSON).content(EnterpriseFixtures.filing(true)))
                .andExpect(status().isCreated());
        return id;
    }

    static String report(String date, int onSite) {
        return "{" + (date == null ? "" : "\"date\":\"" + date + "\",") + "\"onSiteStaff\":" + onSite
                + ",\"returnedToday\":2,\"fromKeyAreas\":0,\"inQuarantine\":0,\"withFever\":0,\"disinfected\":true,"
                + "\"maskDays\":5,\"problems\":\"缺少测温枪\"}";
    }

    @Test
    void aReportCountsInTheCompletenessAndACorrectionTheSameDayIsAudited() throws Exception {
        long id = resumed("日报测试有限公司");
        String hongqi = tokens.bearer("hongqi");
        String today = LocalDate.now(SHANGHAI).toString();
        String before = mvc.perform(get("/api/v1/daily-reports/completeness").header("Authorization", hongqi))
                .andExpect(status().isOk()).andExpect(jsonPath("$.date", is(today)))
                .andExpect(jsonPath("$.missing[*].enterpriseId", hasItem((int) id)))
                .andExpect(content().string(containsString("139****8901")))
                .andReturn().getResponse().getContentAsString();
        int expected = JsonPath.read(before, "$.expected");
        int reported = JsonPath.read(before, "$.reported");
        mvc.perform(post("/api/v1/enterprises/" + id + "/daily-reports").header("Authorization", hongqi)
                        .contentType(MediaType.APPLICATION_JSON).content(report(today, 40)))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/daily-reports/completeness").param("date", today).header("Authorization", hongqi))
                .andExpect(jsonPath("$.expected", is(expected)))
                .andExpect(jsonPath("$.reported", is(reported + 1)))
                .andExpect(jsonPath("$.missing[*].enterpriseId", not(hasItem((int) id))));
        // It resumed moments ago: its first report is on time whatever the hour, 10:00 or not.
        assertThat(jdbc.queryForObject("select late from enterprise_daily_report where enterprise_id = ?",
                Boolean.class, id)).isFalse();
        mvc.perform(post("/api/v1/enterprises/" + id + "/daily-reports").header("Authorization", hongqi)
                        .contentType(MediaType.APPLICATION_JSON).content(report(null, 45)))
                .andExpect(status().isCreated());
        assertThat(jdbc.queryForObject("select corrections from enterprise_daily_report where enterprise_id = ?",
                Integer.class, id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where object_type = 'enterprise-daily-report'"
                + " and object_id = ? and detail like '%onSiteStaff 40 -> 45%'", Integer.class, id + "/" + today))
                .isEqualTo(1);
        mvc.perform(get("/enterprises/" + id).with(users.as("hongqi")))
                .andExpect(content().string(containsString("更正 1 次")));
    }

    @Test
    void onlyTodaysReportOfAResumedEnterpriseIsTaken() throws Exception {
        long id = resumed("只报今天有限公司");
        String hongqi = tokens.bearer("hongqi");
        mvc.perform(post("/api/v1/enterprises/" + id + "/daily-reports").header("Authorization", hongqi)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(report(LocalDate.now(SHANGHAI).minusDays(1).toString(), 10)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("date")));
        long notFiled = EnterpriseFixtures.register(mvc, tokens, "hongqi", "未复工日报有限公司", EnterpriseFixtures.HONGQI);
        mvc.perform(post("/api/v1/enterprises/" + notFiled + "/daily-reports").header("Authorization", hongqi)
                        .contentType(MediaType.APPLICATION_JSON).content(report(null, 10)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/enterprises/" + id + "/daily-reports").header("Authorization", hongqi)
                        .contentType(MediaType.APPLICATION_JSON).content(report(null, -1)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("onSiteStaff")));
        mvc.perform(get("/enterprises/" + id + "/daily-report").with(users.as("hongqi")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("在岗人数")));
        mvc.perform(post("/enterprises/" + id + "/daily-report").with(users.as("hongqi")).with(csrf())
                        .param("onSiteStaff", "12").param("returnedToday", "x"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("格式不正确")))
                .andExpect(content().string(containsString("value=\"12\"")));
        // ent01 reports for nobody else, and does not see the completeness of others.
        mvc.perform(post("/api/v1/enterprises/" + id + "/daily-reports").header("Authorization", tokens.bearer("ent01"))
                        .contentType(MediaType.APPLICATION_JSON).content(report(null, 10)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/daily-reports/completeness").header("Authorization", tokens.bearer("ent01")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theMissingListIsPagedSoNobodyIsCutOffAndTheWholeListExportsForPhoning() throws Exception {
        List<Long> created = List.of(resumed("分页未报一有限公司"), resumed("分页未报二有限公司"),
                resumed("分页未报三有限公司"));
        String hongqi = tokens.bearer("hongqi");
        String first = mvc.perform(get("/api/v1/daily-reports/completeness").param("size", "2")
                        .header("Authorization", hongqi))
                .andExpect(status().isOk()).andExpect(jsonPath("$.missing.length()", is(2)))
                .andExpect(jsonPath("$.expected").isNumber()).andExpect(jsonPath("$.reported").isNumber())
                .andExpect(jsonPath("$.late").isNumber())
                .andReturn().getResponse().getContentAsString();
        int missingCount = JsonPath.read(first, "$.missingCount");
        assertThat(missingCount).isGreaterThanOrEqualTo(3);
        List<Integer> all = new ArrayList<>();
        for (int page = 0; page * 2 < missingCount; page++) {
            String body = mvc.perform(get("/api/v1/daily-reports/completeness").param("size", "2")
                            .param("page", Integer.toString(page)).header("Authorization", hongqi))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            all.addAll(JsonPath.read(body, "$.missing[*].enterpriseId"));
        }
        assertThat(all).hasSize(missingCount).doesNotHaveDuplicates()
                .containsAll(created.stream().map(Long::intValue).toList());
        mvc.perform(get("/api/v1/daily-reports/completeness").param("size", "501").header("Authorization", hongqi))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/daily-reports/completeness").param("page", "-1").header("Authorization", hongqi))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/enterprises/daily-reports").with(users.as("hongqi")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("共 " + missingCount + " 条")))
                .andExpect(content().string(containsString("id=\"export-missing\"")))
                // The officer reads the subdistrict's name; its code is in the tooltip and the export.
                .andExpect(content().string(containsString("title=\"" + EnterpriseFixtures.HONGQI + "\">红旗街道</td>")));

        byte[] xlsx = mvc.perform(get("/enterprises/daily-reports/export").with(users.as("hongqi")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 5; c++) {
                    var cell = sheet.getRow(r).getCell(c);
                    cells.add(cell == null ? "" : cell.getStringCellValue());
                }
                rows.add(cells);
            }
        }
        assertThat(rows.get(0)).containsExactly("企业名称", "街道/乡镇编码", "街道/乡镇", "联络员", "联络员电话");
        assertThat(rows).hasSize(missingCount + 1);
        assertThat(rows).extracting(r -> r.get(0)).contains("分页未报一有限公司", "分页未报二有限公司", "分页未报三有限公司");
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> {
            assertThat(r.get(1)).isEqualTo(EnterpriseFixtures.HONGQI);
            assertThat(r.get(2)).isNotBlank();
            assertThat(r.get(4)).matches("1\\d{2}\\*{4}\\d{4}");
        });
        assertThat(jdbc.queryForObject("select count(*) from audit_event where object_type = 'enterprise-daily-report'"
                + " and action = 'EXPORT' and detail = ?", Integer.class, missingCount + " enterprises missing"))
                .isGreaterThanOrEqualTo(1);
        byte[] english = mvc.perform(get("/enterprises/daily-reports/export").with(users.as("hongqi"))
                        .param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(english))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).startsWith("Missing ");
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Enterprise name");
        }
        mvc.perform(get("/enterprises/daily-reports/export").with(users.as("ent01"))).andExpect(status().isForbidden());
    }

    @Test
    void oneClickRemindsTheLiaisonOfEveryEnterpriseMissingTodayOnce() throws Exception {
        long id = resumed("提醒测试有限公司");
        String username = "remind" + id;
        mvc.perform(post("/enterprises/" + id + "/liaison-account").with(users.as("hongqi")).with(csrf())
                        .param("username", username))
                .andExpect(status().isOk());
        mvc.perform(get("/enterprises/daily-reports").with(users.as("hongqi")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("提醒测试有限公司")));
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/enterprises/daily-reports/remind").with(users.as("hongqi")).with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(jdbc.queryForObject("select count(*) from notification_message where recipient_username = ?",
                Integer.class, username)).isEqualTo(1);
        assertThat(jdbc.queryForMap("select subject, body from notification_message where recipient_username = ?",
                username)).containsEntry("subject", "请报送今日复工日报")
                .hasEntrySatisfying("body", body -> assertThat(body.toString())
                        .startsWith("提醒测试有限公司：今天（").contains("一日一报表尚未报送，请在 10:00 前报送"));
        assertThat(jdbc.queryForObject("select body from notification_message where recipient_username = ?",
                String.class, username)).contains("提醒测试有限公司");
    }
}
