package org.shuangsheng.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.command.Indicator;
import org.shuangsheng.command.IndicatorContribution;
import org.shuangsheng.command.IndicatorQuery;
import org.shuangsheng.screening.QuarantineFixture.Home;
import org.shuangsheng.screening.QuarantineFixture.Seen;
import org.shuangsheng.screening.internal.PendingQuarantineCheck;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Proposed quarantine orders (待确认) do not hide: the dashboard and the daily briefing count them
 * with the hours the oldest has waited, one that waits longer than the set time raises one alert,
 * and the list shows each one's grid and reason. Each test proposes its own orders and reads the
 * figures as deltas; orders are aged by moving their proposal time back.
 */
@PlatformTest
class PendingQuarantineTests {

    static final String COMMUNITY = "230506001001";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    @Autowired
    List<IndicatorContribution> contributions;

    @Autowired
    PendingQuarantineCheck check;

    QuarantineFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new QuarantineFixture(mvc, tokens, jdbc, events, transactions, clock);
    }

    @Test
    void pendingOrdersHaveTheirOwnCardWithTheOldestWaitAndLeaveItWhenConfirmed() throws Exception {
        IndicatorQuery hongqi = new IndicatorQuery(fixture.today(), "230506001", "230506/001");
        IndicatorQuery daysAgo = new IndicatorQuery(fixture.today().minusDays(3), "230506001", "230506/001");
        Map<String, Indicator> before = figures(hongqi);
        Map<String, Indicator> beforeThen = figures(daysAgo);
        Home home = fixture.household("grid01", QuarantineFixture.GRID01, 2);
        fixture.visit(home, fixture.today(), Seen.caseContact(), Seen.caseContact());
        long old = fixture.orderOf(home.residents().get(0));
        long fresh = fixture.orderOf(home.residents().get(1));
        proposedHoursAgo(old, 30);

        Map<String, Indicator> after = figures(hongqi);
        assertThat(delta(before, after, "quarantine.pending")).isEqualTo(2);
        assertThat(delta(before, after, "quarantine.inQuarantine")).isZero();
        assertThat(communityDelta(before, after, "quarantine.pending")).isEqualTo(2);
        assertThat(after.get("quarantine.pending").link()).isEqualTo("/quarantines?list=PROPOSED&region=230506001");
        Indicator oldest = after.get("quarantine.oldestPending");
        assertThat(oldest.value().longValue()).isGreaterThanOrEqualTo(30);
        assertThat(oldest.unitKey()).isEqualTo("quarantine.indicator.unit.hours");
        assertThat(oldest.breakdown().stream().filter(b -> b.code().equals(COMMUNITY)).findFirst().orElseThrow()
                .value().longValue()).isGreaterThanOrEqualTo(30);

        fixture.confirm("hongqi", fresh);
        Map<String, Indicator> confirmed = figures(hongqi);
        assertThat(delta(before, confirmed, "quarantine.pending")).isEqualTo(1);
        assertThat(delta(before, confirmed, "quarantine.inQuarantine")).isEqualTo(1);
        // Days before the proposals, neither was waiting.
        assertThat(delta(beforeThen, figures(daysAgo), "quarantine.pending")).isZero();
    }

    @Test
    void anOrderWaitingLongerThanTheSetTimeIsAlertedOnceEvenAfterItsAlertIsResolved() throws Exception {
        Home home = fixture.household("grid01", QuarantineFixture.GRID01, 3);
        fixture.visit(home, fixture.today(), Seen.caseContact(), Seen.caseContact(), Seen.caseContact());
        long waiting = fixture.orderOf(home.residents().get(0));
        long fresh = fixture.orderOf(home.residents().get(1));
        long decided = fixture.orderOf(home.residents().get(2));
        proposedHoursAgo(waiting, 25);
        proposedHoursAgo(decided, 40);
        fixture.confirm("hongqi", decided);

        check.run();

        Map<String, Object> alert = alertOf(waiting);
        assertThat(alert).containsEntry("severity", "WARNING").containsEntry("occurrences", 1)
                .containsEntry("region_code", QuarantineFixture.GRID01).containsEntry("link", "/quarantines/" + waiting);
        assertThat((String) alert.get("title_args")).contains("25").contains(QuarantineFixture.GRID01)
                .doesNotContain("王");
        assertThat(alerts(fresh)).isZero();
        assertThat(alerts(decided)).isZero();

        check.run();
        assertThat(alertOf(waiting)).containsEntry("occurrences", 1);
        mvc.perform(post("/api/v1/alerts/{id}/resolve", alert.get("id")).header("Authorization", tokens.bearer("commander")))
                .andExpect(status().isOk());
        check.run();
        assertThat(alerts(waiting)).isEqualTo(1);
        assertThat(alertOf(waiting)).containsEntry("status", "RESOLVED");
    }

    @Test
    void theListOfProposalsShowsEachOrdersGridByNameAndItsReasons() throws Exception {
        Home home = fixture.household("grid01", QuarantineFixture.GRID01, 1);
        fixture.visit(home, fixture.today(), Seen.caseContact());
        long order = fixture.orderOf(home.residents().get(0));
        String gridName = jdbc.queryForObject("select name from region_unit where code = ?", String.class,
                QuarantineFixture.GRID01);

        String page = mvc.perform(get("/quarantines").param("list", "PROPOSED")
                        .param("region", QuarantineFixture.GRID01).with(users.as("hongqi")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        String row = rowOf(page, order);
        assertThat(row).contains(">" + gridName + "<").contains("title=\"" + QuarantineFixture.GRID01 + "\"")
                .contains("接触确诊或疑似病例").doesNotContain("quarantine.reason");
        assertThat(page).contains("<th scope=\"col\">网格</th>").contains("<th scope=\"col\">原因</th>");
    }

    @Test
    void theDailyBriefingHasALineForTheOrdersWaitingAndTheLongestWait() throws Exception {
        Home home = fixture.household("grid01", QuarantineFixture.GRID01, 1);
        fixture.visit(home, fixture.today(), Seen.caseContact());
        proposedHoursAgo(fixture.orderOf(home.residents().get(0)), 50);
        String day = fixture.today().toString();
        Map<String, String> shown = new HashMap<>();
        for (Indicator indicator : contributions.stream().flatMap(c -> c.indicators(
                new IndicatorQuery(fixture.today(), "230506", "230506")).stream()).toList()) {
            shown.put(indicator.key(), indicator.value().toPlainString());
        }

        byte[] xlsx = mvc.perform(get("/api/v1/briefings/" + day + ".xlsx").header("Authorization", tokens.bearer("commander")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        Map<String, String> lines = new HashMap<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter formatter = new DataFormatter();
            for (Row row : workbook.getSheet("指标")) {
                lines.put(formatter.formatCellValue(row.getCell(4)), formatter.formatCellValue(row.getCell(5)));
            }
        }
        assertThat(Long.parseLong(lines.get("待确认隔离"))).isPositive()
                .isEqualTo(Long.parseLong(shown.get("quarantine.pending")));
        assertThat(Long.parseLong(lines.get("最久待确认"))).isGreaterThanOrEqualTo(50);
    }

    private void proposedHoursAgo(long order, int hours) {
        jdbc.update("update screening_quarantine set proposed_at = ? where id = ?",
                Timestamp.from(clock.instant().minus(Duration.ofHours(hours)).minusSeconds(60)), order);
    }

    private Map<String, Indicator> figures(IndicatorQuery query) {
        Map<String, Indicator> figures = new HashMap<>();
        contributions.forEach(c -> c.indicators(query).stream().filter(i -> i.key().startsWith("quarantine."))
                .forEach(i -> figures.put(i.key(), i)));
        return figures;
    }

    private static long delta(Map<String, Indicator> before, Map<String, Indicator> after, String key) {
        return after.get(key).value().longValue() - before.get(key).value().longValue();
    }

    private static long communityDelta(Map<String, Indicator> before, Map<String, Indicator> after, String key) {
        return community(after.get(key)) - community(before.get(key));
    }

    private static long community(Indicator indicator) {
        return indicator.breakdown().stream().filter(b -> b.code().equals(COMMUNITY)).findFirst().orElseThrow()
                .value().longValue();
    }

    private Map<String, Object> alertOf(long order) {
        return jdbc.queryForMap("select * from command_alert where kind = ? and dedup_key = ?",
                PendingQuarantineCheck.PENDING, "quarantine-pending-" + order);
    }

    private long alerts(long order) {
        return jdbc.queryForObject("select count(*) from command_alert where kind = ? and dedup_key = ?", Long.class,
                PendingQuarantineCheck.PENDING, "quarantine-pending-" + order);
    }

    /** The table row of one order on a list page. */
    private static String rowOf(String page, long order) {
        int link = page.indexOf("href=\"/quarantines/" + order + "\"");
        assertThat(link).as("order %s is listed", order).isPositive();
        return page.substring(page.lastIndexOf("<tr", link), page.indexOf("</tr>", link));
    }
}
