package org.shuangsheng.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shuangsheng.TestData;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.command.Indicator;
import org.shuangsheng.command.IndicatorContribution;
import org.shuangsheng.command.IndicatorQuery;
import org.shuangsheng.identity.DataScope;
import org.shuangsheng.screening.RetainedHealthRecords;
import org.shuangsheng.screening.RiskRuleSet;
import org.shuangsheng.screening.RiskSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An enterprise keeps its returning workers; the risk rules decide who stays in quarantine and
 * until when; a person records the release; the list, its export, the daily report form and the
 * dashboard count from the same ledger.
 */
@PlatformTest
class ReturningWorkerTests {

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

    @Autowired
    List<IndicatorContribution> contributions;

    @Autowired
    List<RetainedHealthRecords> retained;

    static LocalDate today() {
        return ReturningWorkerFixtures.today();
    }

    long enterprise(String name) throws Exception {
        return EnterpriseFixtures.register(mvc, tokens, "hongqi", name, EnterpriseFixtures.HONGQI);
    }

    long resumed(String name) throws Exception {
        long id = enterprise(name);
        mvc.perform(post("/api/v1/enterprises/" + id + "/filings").header("Authorization", tokens.bearer("hongqi"))
                        .contentType(MediaType.APPLICATION_JSON).content(EnterpriseFixtures.filing(true)))
                .andExpect(status().isCreated());
        return id;
    }

    @Test
    void aFormWithBadValuesNamesEachFieldAndKeepsWhatWasTyped() throws Exception {
        String idNumber = ReturningWorkerFixtures.idNumber();
        mvc.perform(post("/enterprises/1/returning-workers").with(users.as("ent01")).with(csrf())
                        .param("name", "").param("idNumber", idNumber).param("phone", "12345")
                        .param("origin", "黑龙江省佳木斯市").param("returnDate", today().toString())
                        .param("transport", "K7034 次列车").param("temperature", "50"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写姓名。")))
                .andExpect(content().string(containsString("电话号码格式不正确")))
                .andExpect(content().string(containsString("体温应在 34.0 至 43.0 ℃ 之间")))
                .andExpect(content().string(containsString("value=\"K7034 次列车\"")))
                .andExpect(content().string(containsString("value=\"黑龙江省佳木斯市\"")))
                .andExpect(content().string(containsString("value=\"50\"")))
                .andExpect(content().string(containsString("value=\"" + idNumber + "\"")));
        mvc.perform(post("/api/v1/enterprises/1/returning-workers").header("Authorization", tokens.bearer("ent01"))
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"赵六\",\"idNumber\":\"110105194912310021\",\"origin\":\"\","
                                + "\"temperature\":36.5}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("idNumber")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("origin")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("returnDate")))
                .andExpect(jsonPath("$.errors[?(@.field == 'origin')].message",
                        hasItem("Enter where the worker comes back from.")));
        assertThat(jdbc.queryForObject("select count(*) from enterprise_returning_worker where origin = ''",
                Integer.class)).isZero();
    }

    @Test
    void aWorkerBackFromAKeyAreaIsQuarantinedForTheDaysOfTheRuleSetInForce() throws Exception {
        int days = rules.current().quarantineDays();
        String answer = ReturningWorkerFixtures.add(mvc, tokens, "ent01", 1, ReturningWorkerFixtures.json("钱一",
                ReturningWorkerFixtures.idNumber(), "湖北省武汉市", today(), false, "36.5", null));
        assertThat((String) JsonPath.read(answer, "$.keyArea")).isEqualTo("HIGH");
        assertThat((String) JsonPath.read(answer, "$.quarantineUntil"))
                .isEqualTo(today().plusDays(days).toString());
        // 12, not the 10 the screening tests set, so that each finds its own audit line.
        rules.update(Map.of(RiskSettings.QUARANTINE_DAYS, "12"));
        try {
            String shorter = ReturningWorkerFixtures.add(mvc, tokens, "ent01", 1, ReturningWorkerFixtures.json(
                    "钱二", ReturningWorkerFixtures.idNumber(), "武汉", today().minusDays(1), false, "36.4", null));
            assertThat((String) JsonPath.read(shorter, "$.quarantineUntil"))
                    .isEqualTo(today().minusDays(1).plusDays(12).toString());
        } finally {
            rules.update(Map.of(RiskSettings.QUARANTINE_DAYS, Integer.toString(days)));
        }
        long id = ReturningWorkerFixtures.id(answer);
        mvc.perform(get("/enterprises/1/returning-workers/" + id).with(users.as("ent01")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("钱一")))
                .andExpect(content().string(containsString("高风险地区")))
                .andExpect(content().string(containsString(today().plusDays(days).toString())));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where object_type ="
                + " 'enterprise-returning-worker' and object_id = ? and action = 'READ_PERSON'", Integer.class,
                Long.toString(id))).isEqualTo(1);
    }

    @Test
    void aCaseContactAFeverOrSymptomsQuarantineAWorkerFromAnOrdinaryPlace() throws Exception {
        int days = rules.current().quarantineDays();
        BigDecimal threshold = rules.current().feverThreshold();
        String until = today().plusDays(days).toString();
        String place = "黑龙江省佳木斯市";
        String contact = ReturningWorkerFixtures.add(mvc, tokens, "ent01", 1, ReturningWorkerFixtures.json("孙一",
                ReturningWorkerFixtures.idNumber(), place, today(), true, "36.5", null));
        String fever = ReturningWorkerFixtures.add(mvc, tokens, "ent01", 1, ReturningWorkerFixtures.json("孙二",
                ReturningWorkerFixtures.idNumber(), place, today(), false, threshold.toPlainString(), null));
        String symptoms = ReturningWorkerFixtures.add(mvc, tokens, "ent01", 1, ReturningWorkerFixtures.json("孙三",
                ReturningWorkerFixtures.idNumber(), place, today(), false, "36.5", "咳嗽"));
        String well = ReturningWorkerFixtures.add(mvc, tokens, "ent01", 1, ReturningWorkerFixtures.json("孙四",
                ReturningWorkerFixtures.idNumber(), place, today(), false,
                threshold.subtract(new BigDecimal("0.1")).toPlainString(), null));
        for (String answer : List.of(contact, fever, symptoms)) {
            assertThat((String) JsonPath.read(answer, "$.quarantineUntil")).isEqualTo(until);
            assertThat((Object) JsonPath.read(answer, "$.keyArea")).isNull();
        }
        assertThat((Object) JsonPath.read(well, "$.quarantineUntil")).isNull();
        // Recording the return of a worker who was away applies the same rules.
        long away = ReturningWorkerFixtures.worker(mvc, tokens, "ent01", 1, "孙五", null, false);
        mvc.perform(post("/enterprises/1/returning-workers/" + away + "/return").with(users.as("ent01")).with(csrf())
                        .param("returnDate", today().toString()).param("transport", "G1234")
                        .param("temperature", "38.2"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select quarantine_until from enterprise_returning_worker where id = ?",
                LocalDate.class, away)).isEqualTo(today().plusDays(days));
    }

    @Test
    void aReleaseBeforeThePlannedEndNeedsANote() throws Exception {
        long id = ReturningWorkerFixtures.worker(mvc, tokens, "ent01", 1, "周一", today().minusDays(2), true);
        String ent01 = tokens.bearer("ent01");
        mvc.perform(post("/api/v1/returning-workers/" + id + "/release").header("Authorization", ent01)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"releasedOn\":\"" + today() + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("note")));
        mvc.perform(post("/enterprises/1/returning-workers/" + id + "/release").with(users.as("ent01")).with(csrf())
                        .param("releasedOn", today().plusDays(1).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("日期不能晚于今天。")));
        mvc.perform(post("/api/v1/returning-workers/" + id + "/release").header("Authorization", ent01)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"releasedOn\":\"" + today() + "\",\"note\":\"核酸检测阴性，社区卫生服务中心同意\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/returning-workers/" + id + "/release").header("Authorization", ent01)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/enterprises/1/returning-workers/" + id).with(users.as("ent01")))
                .andExpect(content().string(containsString("已解除隔离")))
                .andExpect(content().string(containsString("核酸检测阴性")))
                .andExpect(content().string(not(containsString("id=\"submit-release\""))));
    }

    @Test
    void theListFiltersByWhereEachWorkerStandsAndMasksNamesIdsAndPhones() throws Exception {
        long enterprise = enterprise("返岗名单测试有限公司");
        int days = rules.current().quarantineDays();
        long expected = ReturningWorkerFixtures.worker(mvc, tokens, "hongqi", enterprise, "吴未归", null, false);
        long back = ReturningWorkerFixtures.worker(mvc, tokens, "hongqi", enterprise, "吴已归", today(), false);
        long quarantined = ReturningWorkerFixtures.worker(mvc, tokens, "hongqi", enterprise, "吴隔离", today(), true);
        long endingToday = ReturningWorkerFixtures.worker(mvc, tokens, "hongqi", enterprise, "吴期满",
                today().minusDays(days), true);
        long overdue = ReturningWorkerFixtures.worker(mvc, tokens, "hongqi", enterprise, "吴逾期",
                today().minusDays(days + 1), true);
        Map<String, List<Long>> byStatus = Map.of("", List.of(expected, back, quarantined, endingToday, overdue),
                "EXPECTED", List.of(expected), "BACK", List.of(back, quarantined, endingToday, overdue),
                "IN_QUARANTINE", List.of(quarantined, endingToday, overdue), "ENDING_TODAY", List.of(endingToday),
                "OVERDUE", List.of(overdue), "RELEASED", List.of());
        for (Map.Entry<String, List<Long>> entry : byStatus.entrySet()) {
            String body = mvc.perform(get("/api/v1/enterprises/" + enterprise + "/returning-workers")
                            .param("status", entry.getKey()).header("Authorization", tokens.bearer("hongqi")))
                    .andExpect(status().isOk())
                    .andExpect(header().string("X-Total-Count", Integer.toString(entry.getValue().size())))
                    .andExpect(jsonPath("$[*].idNumber", everyItem(containsString("********"))))
                    .andExpect(jsonPath("$[*].phone", everyItem(is("137****5678"))))
                    .andReturn().getResponse().getContentAsString();
            List<Long> ids = new ArrayList<>();
            for (Object id : JsonPath.<List<Object>>read(body, "$[*].id")) {
                ids.add(((Number) id).longValue());
            }
            assertThat(ids).as(entry.getKey()).containsExactlyInAnyOrderElementsOf(entry.getValue());
        }
        mvc.perform(get("/enterprises/" + enterprise + "/returning-workers").param("status", "OVERDUE")
                        .header("HX-Request", "true").with(users.as("hongqi")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("吴*")))
                .andExpect(content().string(containsString("期满未解除")))
                .andExpect(content().string(not(containsString("吴逾期"))))
                .andExpect(content().string(not(containsString("吴期满"))))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/enterprises/" + enterprise + "/returning-workers").with(users.as("hongqi")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"new-worker\"")))
                .andExpect(content().string(containsString("共 5 条")));
        mvc.perform(get("/enterprises/" + enterprise + "/returning-workers").with(users.as("weijian")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"new-worker\""))));
        mvc.perform(get("/enterprises/" + enterprise).with(users.as("hongqi")))
                .andExpect(content().string(containsString("id=\"returning-workers-link\"")));
        mvc.perform(get("/enterprises/" + enterprise + "/returning-workers/" + back + "/edit").with(users.as("hongqi")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"吴已归\"")))
                .andExpect(content().string(containsString("不修改请留空。")));
        mvc.perform(post("/enterprises/" + enterprise + "/returning-workers/" + back).with(users.as("hongqi"))
                        .with(csrf()).param("name", "吴已归").param("idNumber", "").param("phone", "")
                        .param("origin", "武汉").param("returnDate", today().toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select key_area from enterprise_returning_worker where id = ?", String.class,
                back)).isEqualTo("HIGH");
        assertThat(jdbc.queryForObject("select phone_hash is not null and id_number_hash is not null from"
                + " enterprise_returning_worker where id = ?", Boolean.class, back)).isTrue();
    }

    @Test
    void theExportIsAWorkbookOfTheFilteredWorkersMaskedAndAudited() throws Exception {
        long enterprise = enterprise("返岗导出测试有限公司");
        ReturningWorkerFixtures.worker(mvc, tokens, "hongqi", enterprise, "郑隔离", today(), true);
        ReturningWorkerFixtures.worker(mvc, tokens, "hongqi", enterprise, "郑未归", null, false);
        byte[] file = mvc.perform(get("/enterprises/" + enterprise + "/returning-workers/export")
                        .param("status", "IN_QUARANTINE").with(users.as("hongqi")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(cell -> cells.add(format.formatCellValue(cell)));
                rows.add(cells);
            }
        }
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).contains("姓名", "身份证号", "隔离至");
        assertThat(rows.get(1)).contains("郑**", "137****5678", "隔离中", "黑龙江省佳木斯市");
        assertThat(rows.get(1).get(2)).matches("110105\\*{8}\\d{3}[\\dX]");
        assertThat(String.join(",", rows.get(1))).doesNotContain("郑隔离");
        assertThat(jdbc.queryForObject("select detail from audit_event where object_type ="
                + " 'enterprise-returning-worker' and action = 'EXPORT' and object_id = ? order by id desc limit 1",
                String.class, Long.toString(enterprise))).isEqualTo("1 returning workers, IN_QUARANTINE");
    }

    @Test
    void aNewDailyReportStartsFromTheLedgersCountsAndAFiledOneKeepsItsFigures() throws Exception {
        long enterprise = resumed("返岗日报测试有限公司");
        ReturningWorkerFixtures.add(mvc, tokens, "hongqi", enterprise, ReturningWorkerFixtures.json("冯武汉",
                ReturningWorkerFixtures.idNumber(), "湖北省武汉市", today(), false, "36.5", null));
        ReturningWorkerFixtures.worker(mvc, tokens, "hongqi", enterprise, "冯本地", today(), false);
        ReturningWorkerFixtures.worker(mvc, tokens, "hongqi", enterprise, "冯接触", today().minusDays(3), true);
        ReturningWorkerFixtures.worker(mvc, tokens, "hongqi", enterprise, "冯未归", null, false);
        mvc.perform(get("/enterprises/" + enterprise + "/daily-report").with(users.as("hongqi")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"returnedToday\" name=\"returnedToday\" value=\"2\"")))
                .andExpect(content().string(containsString("id=\"fromKeyAreas\" name=\"fromKeyAreas\" value=\"1\"")))
                .andExpect(content().string(containsString("id=\"inQuarantine\" name=\"inQuarantine\" value=\"2\"")))
                .andExpect(content().string(containsString("据返岗人员台账：2 人")))
                .andExpect(content().string(containsString("据返岗人员台账：1 人")));
        mvc.perform(post("/api/v1/enterprises/" + enterprise + "/daily-reports")
                        .header("Authorization", tokens.bearer("hongqi")).contentType(MediaType.APPLICATION_JSON)
                        .content(DailyReportTests.report(null, 40).replace("\"inQuarantine\":0", "\"inQuarantine\":5")))
                .andExpect(status().isCreated());
        mvc.perform(get("/enterprises/" + enterprise + "/daily-report").with(users.as("hongqi")))
                .andExpect(content().string(containsString("id=\"inQuarantine\" name=\"inQuarantine\" value=\"5\"")))
                .andExpect(content().string(containsString("id=\"fromKeyAreas\" name=\"fromKeyAreas\" value=\"0\"")))
                .andExpect(content().string(containsString("据返岗人员台账：2 人")));
    }

    @Test
    void staffOnSiteAndWorkersInQuarantineOnTheDashboardMatchTheRecords() throws Exception {
        long enterprise = resumed("返岗指标测试有限公司");
        ReturningWorkerFixtures.worker(mvc, tokens, "hongqi", enterprise, "陈指标", today(), true);
        mvc.perform(post("/api/v1/enterprises/" + enterprise + "/daily-reports")
                        .header("Authorization", tokens.bearer("hongqi")).contentType(MediaType.APPLICATION_JSON)
                        .content(DailyReportTests.report(null, 37)))
                .andExpect(status().isCreated());
        String hongqiPath = jdbc.queryForObject("select region_path from enterprise where id = ?", String.class,
                enterprise);
        List<Indicator> indicators = contributions.stream()
                .flatMap(c -> c.indicators(new IndicatorQuery(today(), "230506", "230506")).stream()).toList();
        Indicator staff = indicators.stream().filter(i -> i.key().equals("enterprise.staffOnSite")).findFirst()
                .orElseThrow();
        Indicator quarantined = indicators.stream().filter(i -> i.key().equals("enterprise.returningInQuarantine"))
                .findFirst().orElseThrow();
        long onSite = jdbc.queryForObject("select coalesce(sum(on_site_staff), 0) from enterprise_daily_report"
                + " where report_date = ? and region_path like '230506%'", Long.class, today());
        long inQuarantine = jdbc.queryForObject("select count(*) from enterprise_returning_worker where"
                + " quarantine_until is not null and released_on is null and return_date <= ?"
                + " and region_path like '230506%'", Long.class, today());
        assertThat(staff.value()).isEqualByComparingTo(BigDecimal.valueOf(onSite)).isGreaterThanOrEqualTo(
                BigDecimal.valueOf(37));
        assertThat(quarantined.value()).isEqualByComparingTo(BigDecimal.valueOf(inQuarantine)).isPositive();
        long hongqiOnSite = jdbc.queryForObject("select coalesce(sum(on_site_staff), 0) from enterprise_daily_report"
                + " where report_date = ? and (region_path = ? or region_path like ?)", Long.class, today(),
                hongqiPath, hongqiPath + "/%");
        assertThat(staff.breakdown()).filteredOn(b -> b.code().equals(EnterpriseFixtures.HONGQI))
                .singleElement().satisfies(b -> assertThat(b.value()).isEqualByComparingTo(
                        BigDecimal.valueOf(hongqiOnSite)));
        assertThat(staff.breakdown().stream().map(Indicator.Breakdown::value).reduce(BigDecimal.ZERO,
                BigDecimal::add)).isEqualByComparingTo(staff.value());
    }

    @Test
    void theRetentionPurgeClearsHealthAndTravelDataOfWorkersBackBeforeTheCutoff() throws Exception {
        long enterprise = enterprise("返岗清除测试有限公司");
        int days = rules.current().quarantineDays();
        LocalDate back = today().minusDays(200);
        long old = ReturningWorkerFixtures.worker(mvc, tokens, "hongqi", enterprise, "褚旧", back, true);
        mvc.perform(post("/api/v1/returning-workers/" + old + "/release").header("Authorization",
                        tokens.bearer("hongqi")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"releasedOn\":\"" + back.plusDays(days) + "\"}"))
                .andExpect(status().isNoContent());
        long stillIn = ReturningWorkerFixtures.worker(mvc, tokens, "hongqi", enterprise, "褚未解除", back, true);
        long recent = ReturningWorkerFixtures.worker(mvc, tokens, "hongqi", enterprise, "褚新", today(), true);
        RetainedHealthRecords hook = retained.stream().filter(r -> r.kind().equals("enterprise.returning.retention"))
                .findFirst().orElseThrow();
        String path = jdbc.queryForObject("select region_path from enterprise where id = ?", String.class, enterprise);
        DataScope.Regions scope = new DataScope.Regions(Set.of(path));
        LocalDate cutoff = today().minusDays(180);
        assertThat(hook.count(cutoff, scope)).isEqualTo(1);
        assertThat(hook.purge(cutoff, scope)).isEqualTo(1);
        Map<String, Object> cleared = jdbc.queryForMap("select * from enterprise_returning_worker where id = ?", old);
        assertThat(cleared).containsEntry("origin", "").containsEntry("transport", null)
                .containsEntry("temperature", null).containsEntry("contact_with_case", false)
                .containsEntry("key_area", null).containsEntry("return_date", java.sql.Date.valueOf(back))
                .containsEntry("quarantine_until", java.sql.Date.valueOf(back.plusDays(days)));
        for (long kept : List.of(stillIn, recent)) {
            assertThat(jdbc.queryForObject("select origin from enterprise_returning_worker where id = ?",
                    String.class, kept)).isEqualTo("黑龙江省佳木斯市");
        }
        assertThat(hook.count(cutoff, scope)).isZero();
        mvc.perform(get("/retention").with(users.as("commander")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("返岗人员的出发地")));
    }

    @Test
    void aPhoneResendingTheSameAddCreatesTheWorkerOnce() throws Exception {
        long enterprise = enterprise("返岗重发测试有限公司");
        String json = ReturningWorkerFixtures.json("卫重发", ReturningWorkerFixtures.idNumber(), "佳木斯", today(), false,
                "36.5", null);
        String key = TestData.tag("returning");
        String first = null;
        for (int i = 0; i < 2; i++) {
            String answer = mvc.perform(post("/api/v1/enterprises/" + enterprise + "/returning-workers")
                            .header("Authorization", tokens.bearer("hongqi")).header("Idempotency-Key", key)
                            .contentType(MediaType.APPLICATION_JSON).content(json))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            first = first == null ? answer : first;
            assertThat(answer).isEqualTo(first);
        }
        assertThat(jdbc.queryForObject("select count(*) from enterprise_returning_worker where enterprise_id = ?",
                Integer.class, enterprise)).isEqualTo(1);
    }
}
