package org.shuangsheng.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.command.Alerts;
import org.shuangsheng.screening.QuarantineFixture.Home;
import org.shuangsheng.screening.QuarantineFixture.Seen;
import org.shuangsheng.screening.internal.DailyQuarantineCheck;
import org.shuangsheng.screening.internal.QuarantineRepository;
import org.shuangsheng.screening.internal.RiskAssessments;
import org.shuangsheng.shared.DailyRuns;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The morning check on a fixed clock, 2020-04-10 06:00 in Shanghai: an order planned to end on
 * the 3rd raises one alert however often it runs; a resident with no check-in on the 9th turns
 * YELLOW; one who checked in, or whose order started on the 9th, does not; a second run the same
 * day does nothing.
 */
@PlatformTest
class DailyQuarantineCheckTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    @Autowired
    DailyRuns runs;

    @Autowired
    QuarantineRepository quarantines;

    @Autowired
    RiskAssessments risks;

    @Autowired
    Alerts alerts;

    @Autowired
    AuditLog audit;

    QuarantineFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new QuarantineFixture(mvc, tokens, jdbc, events, transactions, clock);
    }

    DailyQuarantineCheck checkAt(String instant) {
        return new DailyQuarantineCheck(runs, quarantines, risks, alerts, audit, transactions,
                Clock.fixed(Instant.parse(instant), SHANGHAI));
    }

    @Test
    void anOverdueOrderIsAlertedOnceAndAMissedCheckInTurnsTheResidentYellow() throws Exception {
        Home overdue = confirmedOrder(LocalDate.of(2020, 3, 20));
        checkIn(fixture.orderOf(overdue.residents().get(0)), "2020-04-09");
        Home missed = confirmedOrder(LocalDate.of(2020, 4, 5));
        checkIn(fixture.orderOf(missed.residents().get(0)), "2020-04-08");
        Home started = confirmedOrder(LocalDate.of(2020, 4, 9));
        for (Home home : List.of(overdue, missed, started)) {
            jdbc.update("update screening_risk set risk_level = 'GREEN', reasons = '' where resident_id = ?",
                    home.residents().get(0));
        }

        DailyQuarantineCheck tenth = checkAt("2020-04-09T22:00:00Z");
        Optional<DailyQuarantineCheck.Outcome> outcome = tenth.run();

        assertThat(outcome).contains(new DailyQuarantineCheck.Outcome(LocalDate.of(2020, 4, 10), 1, 1));
        long order = fixture.orderOf(overdue.residents().get(0));
        Map<String, Object> alert = alertOf(order);
        assertThat(alert).containsEntry("severity", "WARNING").containsEntry("occurrences", 1)
                .containsEntry("region_code", QuarantineFixture.GRID01)
                .containsEntry("link", "/quarantines/" + order);
        assertThat((String) alert.get("title_args")).contains("2020-04-03").doesNotContain("王");
        assertThat(fixture.levelOf(missed.residents().get(0))).isEqualTo("YELLOW");
        assertThat(jdbc.queryForObject("select reasons from screening_risk where resident_id = ?", String.class,
                missed.residents().get(0))).isEqualTo("quarantine.reason.missedCheckIn");
        assertThat(fixture.levelOf(overdue.residents().get(0))).isEqualTo("GREEN");
        assertThat(fixture.levelOf(started.residents().get(0))).isEqualTo("GREEN");

        // Another instance (or a second call) the same morning does nothing.
        assertThat(checkAt("2020-04-09T22:00:05Z").run()).isEmpty();
        assertThat(alertOf(order)).containsEntry("occurrences", 1);

        // Still overdue the next morning: the same alert, one more occurrence.
        assertThat(checkAt("2020-04-10T22:00:00Z").run()).isPresent();
        assertThat(alertOf(order)).containsEntry("occurrences", 2);
        assertThat(jdbc.queryForObject("select count(*) from command_alert where kind = ? and dedup_key = ?",
                Long.class, DailyQuarantineCheck.OVERDUE, "quarantine-" + order)).isEqualTo(1L);
    }

    @Test
    void aJobThatFailsGivesItsDayBack() {
        LocalDate day = LocalDate.of(2020, 1, 1);
        AtomicInteger ran = new AtomicInteger();
        assertThatThrownBy(() -> runs.runOnce("failing-test-job", day, () -> {
            throw new IllegalStateException("broken");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(runs.runOnce("failing-test-job", day, ran::incrementAndGet)).isTrue();
        assertThat(runs.runOnce("failing-test-job", day, ran::incrementAndGet)).isFalse();
        assertThat(ran).hasValue(1);
    }

    private Home confirmedOrder(LocalDate day) throws Exception {
        Home home = fixture.household("grid01", QuarantineFixture.GRID01, 1);
        fixture.visit(home, day, Seen.caseContact());
        fixture.confirm("hongqi", fixture.orderOf(home.residents().get(0)));
        return home;
    }

    private void checkIn(long order, String day) throws Exception {
        mvc.perform(post("/api/v1/quarantines/" + order + "/check-ins").header("Authorization", tokens.bearer("grid01"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"" + day + "\",\"temperature\":\"36.5\"}"))
                .andExpect(status().isOk());
    }

    private Map<String, Object> alertOf(long order) {
        return jdbc.queryForMap("select * from command_alert where kind = ? and dedup_key = ?",
                DailyQuarantineCheck.OVERDUE, "quarantine-" + order);
    }
}
