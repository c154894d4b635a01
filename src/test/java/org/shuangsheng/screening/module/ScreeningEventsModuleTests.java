package org.shuangsheng.screening.module;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangsheng.ModuleTest;
import org.shuangsheng.OwnDistrict;
import org.shuangsheng.screening.Confirmation;
import org.shuangsheng.screening.QuarantineConfirmed;
import org.shuangsheng.screening.QuarantineManagement;
import org.shuangsheng.screening.QuarantineReleased;
import org.shuangsheng.screening.QuarantineStatus;
import org.shuangsheng.screening.QuarantineType;
import org.shuangsheng.screening.Release;
import org.shuangsheng.screening.RiskSettings;
import org.shuangsheng.screening.RiskRuleSet;
import org.shuangsheng.screening.ScreeningManagement;
import org.shuangsheng.screening.ScreeningQueries;
import org.shuangsheng.screening.VisitMode;
import org.shuangsheng.screening.VisitRecorded;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.Scenario;

/**
 * What screening tells the other modules, checked with Spring Modulith's {@link Scenario}: a
 * recorded visit publishes {@link VisitRecorded} with a finding per resident, and a quarantine
 * proposed from it publishes {@link QuarantineConfirmed} and {@link QuarantineReleased} as an
 * officer decides.
 */
@ModuleTest
@Import(ScreeningModuleFixture.class)
class ScreeningEventsModuleTests {

    private final ScreeningModuleFixture fixture;
    private final ScreeningManagement screening;
    private final QuarantineManagement quarantines;
    private final RiskRuleSet rules;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    private OwnDistrict district;

    ScreeningEventsModuleTests(ScreeningModuleFixture fixture, ScreeningManagement screening,
            QuarantineManagement quarantines, RiskRuleSet rules, JdbcTemplate jdbc, Clock clock) {
        this.fixture = fixture;
        this.screening = screening;
        this.quarantines = quarantines;
        this.rules = rules;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @BeforeEach
    void ownDistrict() {
        district = fixture.district();
    }

    @AfterEach
    void signOut() {
        fixture.signOut();
    }

    @Test
    void aRecordedVisitPublishesAFindingPerResident(Scenario scenario) throws Exception {
        OwnDistrict.Household home = district.household(district.workerA(), district.gridA(), 3);
        long round = fixture.openRound(district);
        fixture.signIn(district.workerA());

        scenario.stimulate(() -> screening.recordVisit(round, fixture.visit(home.id(),
                        fixture.present(home.residents().get(0), "36.5"),
                        fixture.present(home.residents().get(1), "38.2"),
                        fixture.absent(home.residents().get(2)))))
                .andWaitForEventOfType(VisitRecorded.class)
                .matching(event -> event.householdId() == home.id())
                .toArriveAndVerify((event, visit) -> {
                    assertThat(event.visitId()).isEqualTo(visit);
                    assertThat(event.roundId()).isEqualTo(round);
                    assertThat(event.gridCode()).isEqualTo(district.gridA());
                    assertThat(event.mode()).isEqualTo(VisitMode.IN_PERSON);
                    assertThat(event.findings()).extracting(VisitRecorded.Finding::residentId)
                            .containsExactlyElementsOf(home.residents());
                    assertThat(event.findings()).extracting(f -> f.feverAt(ScreeningQueries.FEVER))
                            .containsExactly(false, true, false);
                    assertThat(event.findings().get(2).present()).isFalse();
                });
    }

    @Test
    void aProposedQuarantineConfirmedThenReleasedPublishesBoth(Scenario scenario) throws Exception {
        OwnDistrict.Household home = district.household(district.workerA(), district.gridA(), 1);
        long resident = home.residents().get(0);
        long round = fixture.openRound(district);
        fixture.signIn(district.workerA());

        // A contact of a case is proposed for quarantine by screening's own listener on the visit.
        scenario.stimulate(() -> screening.recordVisit(round, fixture.visit(home.id(),
                        fixture.contactOfACase(resident))))
                .andWaitForStateChange(() -> proposedFor(resident))
                .andVerify(proposed -> assertThat(proposed).isPresent());
        long order = proposedFor(resident).orElseThrow();

        LocalDate today = LocalDate.now(clock);
        RiskSettings settings = rules.current();
        fixture.signIn(district.officer());
        scenario.stimulate(() -> quarantines.confirm(order, new Confirmation("HOME", null)))
                .andWaitForEventOfType(QuarantineConfirmed.class)
                .matching(event -> event.quarantineId() == order)
                .toArriveAndVerify(event -> {
                    assertThat(event.residentId()).isEqualTo(resident);
                    assertThat(event.householdId()).isEqualTo(home.id());
                    assertThat(event.type()).isEqualTo(QuarantineType.HOME);
                    assertThat(event.startDate()).isEqualTo(today);
                    assertThat(event.plannedEnd()).isEqualTo(today.plusDays(settings.quarantineDays()));
                });

        scenario.stimulate(() -> quarantines.release(order, new Release(null, "核酸检测阴性，提前解除")))
                .andWaitForEventOfType(QuarantineReleased.class)
                .matching(event -> event.quarantineId() == order)
                .toArriveAndVerify(event -> {
                    assertThat(event.residentId()).isEqualTo(resident);
                    assertThat(event.releasedOn()).isEqualTo(today);
                });
        assertThat(jdbc.queryForObject("select status from screening_quarantine where id = ?", String.class, order))
                .isEqualTo(QuarantineStatus.RELEASED.name());
    }

    private Optional<Long> proposedFor(long resident) {
        return jdbc.queryForList("select id from screening_quarantine where resident_id = ? and status = ?", Long.class,
                resident, QuarantineStatus.PROPOSED.name()).stream().findFirst();
    }
}
