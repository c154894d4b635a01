package org.shuangsheng.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.TestData;
import org.shuangsheng.TodoHome;
import org.shuangsheng.command.AlertSeverity;
import org.shuangsheng.command.Alerts;
import org.shuangsheng.command.NewAlert;
import org.shuangsheng.command.RegionTree;
import org.shuangsheng.screening.QuarantineFixture.Home;
import org.shuangsheng.screening.QuarantineFixture.Seen;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The to-do home (今日待办) of the people of prevention: a grid worker counts the households of
 * its own grid the round has not reached and the check-ins due today; the commander and the
 * subdistrict officer the quarantine orders waiting for them and the open alerts. Counts are
 * compared before and after the test's own changes, whatever the demo holds.
 */
@PlatformTest
class ScreeningTodoTests {

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
    Alerts alerts;

    @Autowired
    RegionTree regions;

    ScreeningFixtures screening;

    QuarantineFixture quarantine;

    @BeforeEach
    void setUp() {
        screening = new ScreeningFixtures(mvc, tokens);
        quarantine = new QuarantineFixture(mvc, tokens, jdbc, events, transactions, clock);
    }

    @Test
    void aGridWorkerCountsTheHouseholdsOfItsOwnGridStillToVisitAndIsLedToThem() throws Exception {
        long round = screening.openRound("commander", ScreeningFixtures.DISTRICT);
        long before = TodoHome.of(mvc, users, "grid01").count("screening-unvisited");
        long otherBefore = TodoHome.of(mvc, users, "grid02").count("screening-unvisited");

        ScreeningFixtures.Household mine = screening.household("grid01", ScreeningFixtures.GRID01, 1);
        screening.household("grid02", ScreeningFixtures.GRID02, 1);
        screening.household("grid02", ScreeningFixtures.GRID02, 1);

        TodoHome home = TodoHome.of(mvc, users, "grid01");
        assertThat(home.count("screening-unvisited")).isEqualTo(before + 1);
        // Another grid's households are not grid01's work.
        assertThat(TodoHome.of(mvc, users, "grid02").count("screening-unvisited")).isEqualTo(otherBefore + 2);
        assertThat(home.link("screening-unvisited")).isEqualTo("/screening-rounds/" + round + "/unvisited");
        mvc.perform(get(home.link("screening-unvisited")).with(users.as("grid01"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/households/" + mine.id() + "/visit")));

        screening.visit("grid01", round, mine.id(), "IN_PERSON",
                ScreeningFixtures.finding(mine.residents().get(0), "36.5")).andExpect(status().isCreated());
        assertThat(TodoHome.of(mvc, users, "grid01").count("screening-unvisited")).isEqualTo(before);
        assertThat(TodoHome.of(mvc, users, "grid02").count("screening-unvisited")).isEqualTo(otherBefore + 2);
    }

    @Test
    void ordersWaitOnTheOfficialsAndCheckInsOnTheGridWorkerOfTheirGrid() throws Exception {
        long pendingCommander = TodoHome.of(mvc, users, "commander").count("quarantine-pending");
        long pendingHongqi = TodoHome.of(mvc, users, "hongqi").count("quarantine-pending");
        long checkIns = TodoHome.of(mvc, users, "grid01").count("quarantine-check-ins");
        long otherCheckIns = TodoHome.of(mvc, users, "grid02").count("quarantine-check-ins");

        Home home = quarantine.household("grid01", QuarantineFixture.GRID01, 1);
        quarantine.visit(home, quarantine.today(), Seen.caseContact());
        long order = quarantine.orderOf(home.residents().get(0));
        assertThat(TodoHome.of(mvc, users, "commander").count("quarantine-pending")).isEqualTo(pendingCommander + 1);
        TodoHome officer = TodoHome.of(mvc, users, "hongqi");
        assertThat(officer.count("quarantine-pending")).isEqualTo(pendingHongqi + 1);
        assertThat(officer.link("quarantine-pending")).isEqualTo("/quarantines?list=PROPOSED");
        mvc.perform(get(officer.link("quarantine-pending")).with(users.as("hongqi"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/quarantines/" + order + "\"")));
        assertThat(officer.shows("quarantine-check-ins")).isFalse();

        quarantine.confirm("hongqi", order);
        assertThat(TodoHome.of(mvc, users, "commander").count("quarantine-pending")).isEqualTo(pendingCommander);
        // Confirmed yesterday: today's check-in is due.
        jdbc.update("update screening_quarantine set start_date = ? where id = ?", quarantine.today().minusDays(1),
                order);
        TodoHome worker = TodoHome.of(mvc, users, "grid01");
        assertThat(worker.count("quarantine-check-ins")).isEqualTo(checkIns + 1);
        assertThat(TodoHome.of(mvc, users, "grid02").count("quarantine-check-ins")).isEqualTo(otherCheckIns);
        assertThat(worker.shows("quarantine-pending")).isFalse();
        mvc.perform(get(worker.link("quarantine-check-ins")).with(users.as("grid01"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/quarantines/" + order + "\"")));

        mvc.perform(post("/api/v1/quarantines/" + order + "/check-ins").header("Authorization", tokens.bearer("grid01"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"temperature\":\"36.5\"}"))
                .andExpect(status().isOk());
        assertThat(TodoHome.of(mvc, users, "grid01").count("quarantine-check-ins")).isEqualTo(checkIns);
    }

    @Test
    void theOpenAlertsOfTheirScopeWaitOnTheOfficialsOnly() throws Exception {
        long commander = TodoHome.of(mvc, users, "commander").count("alerts");
        long hongqi = TodoHome.of(mvc, users, "hongqi").count("alerts");
        RegionTree.Node yuejin = regions.find(ScreeningFixtures.GRID02).orElseThrow();
        alerts.raise(new NewAlert("test.todo" + TestData.next(), AlertSeverity.WARNING, yuejin.code(), yuejin.path(),
                "test.alert.contact", List.of("待办"), null, null));

        TodoHome home = TodoHome.of(mvc, users, "commander");
        assertThat(home.count("alerts")).isEqualTo(commander + 1);
        assertThat(TodoHome.of(mvc, users, "hongqi").count("alerts")).isEqualTo(hongqi);
        mvc.perform(get(home.link("alerts")).with(users.as("commander"))).andExpect(status().isOk());
        assertThat(TodoHome.of(mvc, users, "grid01").shows("alerts")).isFalse();
    }

    @Test
    void aRoleWithNothingToDoIsToldSo() throws Exception {
        TodoHome home = TodoHome.of(mvc, users, "admin");
        assertThat(home.html()).contains("id=\"todo-none\"").contains("今日无待办").doesNotContain("todo-count");
    }
}
