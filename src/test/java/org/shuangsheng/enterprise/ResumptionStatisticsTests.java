package org.shuangsheng.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Resumption progress by subdistrict and industry: the figures agree with the enterprise and
 * daily report tables, a subdistrict officer sees its own subdistrict only, and only the task
 * force reaches the page, the export and the API.
 */
@PlatformTest
class ResumptionStatisticsTests {

    static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcTemplate jdbc;

    long register(String name, String subdistrict, String industry, int headcount, boolean major) throws Exception {
        String json = "{\"name\":\"" + name + "\",\"uscc\":\"" + EnterpriseFixtures.uscc() + "\",\"industry\":\""
                + industry + "\",\"subdistrictCode\":\"" + subdistrict + "\",\"address\":\"建设路2号\","
                + "\"liaisonName\":\"赵联络\",\"liaisonPhone\":\"13945678902\",\"headcount\":" + headcount
                + ",\"majorProject\":" + major + "}";
        String body = mvc.perform(post("/api/v1/enterprises").header("Authorization", tokens.bearer("commander"))
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    void resume(long id) throws Exception {
        mvc.perform(post("/api/v1/enterprises/" + id + "/filings").header("Authorization", tokens.bearer("commander"))
                        .contentType(MediaType.APPLICATION_JSON).content(EnterpriseFixtures.filing(true)))
                .andExpect(status().isCreated());
    }

    String progress(String user) throws Exception {
        return mvc.perform(get("/api/v1/enterprises/resumption").header("Authorization", tokens.bearer(user)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.date", is(TODAY)))
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void commandersFiguresBySubdistrictAndIndustryAgreeWithTheTables() throws Exception {
        String before = progress("commander");
        long q1 = register("复工统计卫生一号", EnterpriseFixtures.HONGQI, "Q", 30, true);
        long r1 = register("复工统计文体一号", EnterpriseFixtures.HONGQI, "R", 20, false);
        register("复工统计卫生二号", EnterpriseFixtures.YUEJIN, "Q", 50, true);
        long s1 = register("复工统计公共一号", EnterpriseFixtures.YUEJIN, "S", 10, false);
        resume(q1);
        resume(r1);
        resume(s1);
        mvc.perform(post("/api/v1/enterprises/" + q1 + "/daily-reports")
                        .header("Authorization", tokens.bearer("commander")).contentType(MediaType.APPLICATION_JSON)
                        .content(DailyReportTests.report(TODAY, 12)))
                .andExpect(status().isCreated());
        String after = progress("commander");

        Map<String, Object> hongqiBefore = group(before, "bySubdistrict", EnterpriseFixtures.HONGQI);
        Map<String, Object> hongqi = group(after, "bySubdistrict", EnterpriseFixtures.HONGQI);
        assertThat(hongqi.get("name")).isEqualTo("红旗街道");
        assertThat(number(hongqi, "enterprises") - number(hongqiBefore, "enterprises")).isEqualTo(2);
        assertThat(number(hongqi, "resumed") - number(hongqiBefore, "resumed")).isEqualTo(2);
        assertThat(number(hongqi, "majorResumed") - number(hongqiBefore, "majorResumed")).isEqualTo(1);
        assertThat(number(hongqi, "registeredStaff") - number(hongqiBefore, "registeredStaff")).isEqualTo(50);
        assertThat(number(hongqi, "onSiteStaff") - number(hongqiBefore, "onSiteStaff")).isEqualTo(12);

        String district = jdbc.queryForObject("select path from region_unit where code = '230506'", String.class);
        for (String code : List.of(EnterpriseFixtures.HONGQI, EnterpriseFixtures.YUEJIN)) {
            assertAgrees(group(after, "bySubdistrict", code), "e.subdistrict_code = ?", code);
        }
        for (String section : List.of("Q", "R", "S")) {
            Map<String, Object> industry = group(after, "byIndustry", section);
            assertThat(industry.get("name")).isEqualTo(Industry.valueOf(section).chineseName());
            assertAgrees(industry, "e.industry = ? and (e.region_path = ? or e.region_path like ?)", section,
                    district, district + "/%");
        }
        assertAgrees(JsonPath.read(after, "$"), "(e.region_path = ? or e.region_path like ?)", district,
                district + "/%");
    }

    @Test
    void aSubdistrictOfficerSeesItsOwnSubdistrictOnly() throws Exception {
        register("复工统计红旗制造", EnterpriseFixtures.HONGQI, "C", 8, false);
        String hongqi = progress("hongqi");
        List<String> codes = JsonPath.read(hongqi, "$.bySubdistrict[*].code");
        assertThat(codes).containsExactly(EnterpriseFixtures.HONGQI);
        String path = jdbc.queryForObject("select path from region_unit where code = ?", String.class,
                EnterpriseFixtures.HONGQI);
        assertAgrees(JsonPath.read(hongqi, "$"), "(e.region_path = ? or e.region_path like ?)", path, path + "/%");
        List<Number> byIndustry = JsonPath.read(hongqi, "$.byIndustry[*].enterprises");
        assertThat(byIndustry.stream().mapToLong(Number::longValue).sum())
                .isEqualTo(((Number) JsonPath.read(hongqi, "$.enterprises")).longValue());
    }

    @Test
    void onlyTheTaskForceReachesThePageTheExportAndTheApi() throws Exception {
        for (String user : List.of("cadre01", "ent01", "grid01", "farmer01", "guard01", "admin")) {
            mvc.perform(get("/enterprises/resumption").with(users.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/enterprises/resumption/export").with(users.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/enterprises/resumption").with(users.as(user)))
                    .andExpect(status().isForbidden());
        }
        for (String user : List.of("commander", "weijian", "hongqi")) {
            mvc.perform(get("/enterprises/resumption").with(users.as(user))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("复工进度统计")));
        }
    }

    @Test
    void thePageShowsTotalsAndBothTablesAndTheListLinksToIt() throws Exception {
        String api = progress("commander");
        mvc.perform(get("/enterprises/resumption").param("date", TODAY).with(users.as("commander")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "id=\"total-enterprises\">" + JsonPath.read(api, "$.enterprises") + "<")))
                .andExpect(content().string(containsString("id=\"by-subdistrict\"")))
                .andExpect(content().string(containsString("id=\"by-industry\"")))
                .andExpect(content().string(containsString("红旗街道")))
                // Staff on site sums only the reports filed that day, and the page says so.
                .andExpect(content().string(containsString("id=\"on-site-label\">当日已报企业的在岗人数<")))
                .andExpect(content().string(containsString("title=\"当日已报企业的在岗人数\">在岗人数<")))
                .andExpect(content().string(containsString(
                        "<td class=\"text-end\">" + JsonPath.read(api, "$.returnRate") + "%</td>")))
                .andExpect(content().string(containsString("href=\"/enterprises/resumption/export?date=" + TODAY)));
        mvc.perform(get("/enterprises/resumption").with(users.as("commander")).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"figures\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<html"))));
        mvc.perform(get("/enterprises").with(users.as("commander")))
                .andExpect(content().string(containsString("href=\"/enterprises/resumption\"")));
    }

    @Test
    void theExportIsAWorkbookWithASheetPerGroupingAndIsAudited() throws Exception {
        register("复工统计导出一号", EnterpriseFixtures.YUEJIN, "K", 5, false);
        String api = progress("commander");
        long audited = exports();
        byte[] xlsx = mvc.perform(get("/enterprises/resumption/export").param("date", TODAY)
                        .with(users.as("commander")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            Sheet bySubdistrict = book.getSheetAt(0);
            assertThat(bySubdistrict.getSheetName()).startsWith("按街道");
            assertThat(bySubdistrict.getRow(0).getCell(4).getStringCellValue()).isEqualTo("复工率(%)");
            Row yuejin = findRow(bySubdistrict, EnterpriseFixtures.YUEJIN);
            assertThat(yuejin.getCell(1).getStringCellValue()).isEqualTo("跃进街道");
            assertThat((long) yuejin.getCell(2).getNumericCellValue())
                    .isEqualTo(number(group(api, "bySubdistrict", EnterpriseFixtures.YUEJIN), "enterprises"));
            Row total = bySubdistrict.getRow(bySubdistrict.getLastRowNum());
            assertThat(total.getCell(1).getStringCellValue()).isEqualTo("合计");
            assertThat((long) total.getCell(2).getNumericCellValue())
                    .isEqualTo(((Number) JsonPath.read(api, "$.enterprises")).longValue());
            Sheet byIndustry = book.getSheetAt(1);
            assertThat(byIndustry.getSheetName()).startsWith("按行业");
            assertThat(findRow(byIndustry, "K").getCell(1).getStringCellValue()).isEqualTo("房地产业");
        }
        assertThat(exports()).isEqualTo(audited + 1);
    }

    @Test
    void aBadOrFutureDateIsRefusedWithAMessageNotAnError() throws Exception {
        mvc.perform(get("/api/v1/enterprises/resumption").param("date", "2020-13-45")
                        .header("Authorization", tokens.bearer("commander")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("date")))
                .andExpect(jsonPath("$.errors[0].message", containsString("年-月-日")));
        String tomorrow = LocalDate.parse(TODAY).plusDays(1).toString();
        mvc.perform(get("/api/v1/enterprises/resumption").param("date", tomorrow)
                        .header("Authorization", tokens.bearer("commander")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", is("日期不能晚于今天。")));
        mvc.perform(get("/enterprises/resumption").param("date", "soon").with(users.as("commander")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("日期格式应为 年-月-日")))
                .andExpect(content().string(containsString("value=\"" + TODAY + "\"")));
        mvc.perform(get("/enterprises/resumption/export").param("date", "soon").with(users.as("commander")))
                .andExpect(status().isBadRequest());
    }

    /** The group's figures (or the totals) equal counts made directly over the tables under this condition. */
    private void assertAgrees(Map<String, Object> figures, String condition, Object... args) {
        String resumed = "e.status = 'RESUMED' and e.resumed_on <= ?";
        Object[] withDay = new Object[args.length + 1];
        withDay[0] = java.sql.Date.valueOf(TODAY);
        System.arraycopy(args, 0, withDay, 1, args.length);
        Map<String, Object> counts = jdbc.queryForMap("select count(*) as enterprises,"
                + " coalesce(sum(case when " + resumed + " then 1 else 0 end), 0) as resumed,"
                + " coalesce(sum(case when e.major_project then 1 else 0 end), 0) as major"
                + " from enterprise e where e.status <> 'CLOSED' and " + condition, withDay);
        long enterprises = ((Number) counts.get("enterprises")).longValue();
        long resumedCount = ((Number) counts.get("resumed")).longValue();
        Long majorResumed = jdbc.queryForObject("select count(*) from enterprise e where e.major_project and "
                + resumed + " and " + condition, Long.class, withDay);
        Long registered = jdbc.queryForObject("select coalesce(sum(e.headcount), 0) from enterprise e where "
                + resumed + " and " + condition, Long.class, withDay);
        Map<String, Object> reports = jdbc.queryForMap("select coalesce(sum(r.on_site_staff), 0) as onsite,"
                + " coalesce(sum(e.headcount), 0) as staff from enterprise_daily_report r"
                + " join enterprise e on e.id = r.enterprise_id where r.report_date = ? and " + condition,
                withDay);
        long onSite = ((Number) reports.get("onsite")).longValue();
        assertThat(number(figures, "enterprises")).isEqualTo(enterprises);
        assertThat(number(figures, "resumed")).isEqualTo(resumedCount);
        assertThat(number(figures, "majorProjects")).isEqualTo(((Number) counts.get("major")).longValue());
        assertThat(number(figures, "majorResumed")).isEqualTo(majorResumed);
        assertThat(number(figures, "registeredStaff")).isEqualTo(registered);
        assertThat(number(figures, "onSiteStaff")).isEqualTo(onSite);
        assertThat(decimal(figures, "rate")).isEqualByComparingTo(percent(resumedCount, enterprises));
        assertThat(decimal(figures, "returnRate"))
                .isEqualByComparingTo(percent(onSite, ((Number) reports.get("staff")).longValue()));
    }

    private static BigDecimal percent(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private long exports() {
        return jdbc.queryForObject("select count(*) from audit_event where object_type = 'enterprise-resumption'",
                Long.class);
    }

    private static Row findRow(Sheet sheet, String code) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && code.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + code + " in " + sheet.getSheetName());
    }

    private static Map<String, Object> group(String json, String grouping, String code) {
        List<Map<String, Object>> found = JsonPath.read(json, "$." + grouping + "[?(@.code == '" + code + "')]");
        assertThat(found).as(grouping + " " + code).hasSize(1);
        return found.get(0);
    }

    private static long number(Map<String, Object> figures, String field) {
        return ((Number) figures.get(field)).longValue();
    }

    private static BigDecimal decimal(Map<String, Object> figures, String field) {
        return new BigDecimal(figures.get(field).toString());
    }
}
