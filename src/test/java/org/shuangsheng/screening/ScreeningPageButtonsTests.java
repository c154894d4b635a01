package org.shuangsheng.screening;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.screening.QuarantineFixture.Home;
import org.shuangsheng.screening.QuarantineFixture.Seen;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;

/** The screening and quarantine pages show a button only to whom the screening policy lets through it. */
@PlatformTest
class ScreeningPageButtonsTests {

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

    private ResultActions page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(users.as(user)).accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
    }

    private static String id(String id) {
        return "id=\"" + id + "\"";
    }

    @Test
    void onlyOpenersSeeTheButtonsToOpenAndCloseARound() throws Exception {
        long round = new ScreeningFixtures(mvc, tokens).openRound("commander", ScreeningFixtures.DISTRICT);
        page("/screening-rounds", "commander").andExpect(content().string(containsString(id("new-round"))));
        page("/screening-rounds", "weijian").andExpect(content().string(not(containsString(id("new-round")))));
        page("/screening-rounds/" + round, "commander")
                .andExpect(content().string(containsString(id("close-round"))));
        page("/screening-rounds/" + round, "weijian")
                .andExpect(content().string(not(containsString(id("close-round")))));
    }

    @Test
    void onlyThePeopleAtTheDoorGetALinkToVisitAnUnvisitedHousehold() throws Exception {
        ScreeningFixtures fixtures = new ScreeningFixtures(mvc, tokens);
        long round = fixtures.openRound("commander", ScreeningFixtures.DISTRICT);
        long home = fixtures.household("grid01", ScreeningFixtures.GRID01, 1).id();
        String unvisited = "/screening-rounds/" + round + "/unvisited?region=" + ScreeningFixtures.GRID01;
        String visit = "/screening-rounds/" + round + "/households/" + home + "/visit";
        page(unvisited, "grid01").andExpect(content().string(containsString(visit)));
        page(unvisited, "weijian").andExpect(content().string(not(containsString("/visit\""))));
    }

    @Test
    void onlyTheRuleWritersSeeTheButtonsToChangeKeyAreasAndTheRuleSet() throws Exception {
        page("/key-areas", "weijian").andExpect(content().string(containsString(id("new-key-area"))));
        page("/key-areas", "hongqi").andExpect(content().string(not(containsString(id("new-key-area")))));
        page("/risk-settings", "weijian").andExpect(content().string(containsString(id("save"))));
        page("/risk-settings", "grid01").andExpect(content().string(not(containsString(id("save")))));
    }

    @Test
    void aGridWorkerReadsAProposedQuarantineButOnlyADeciderSeesTheFormToConfirmIt() throws Exception {
        QuarantineFixture fixture = new QuarantineFixture(mvc, tokens, jdbc, events, transactions, clock);
        Home home = fixture.household("grid01", QuarantineFixture.GRID01, 1);
        fixture.visit(home, fixture.today(), Seen.caseContact());
        long order = fixture.orderOf(home.residents().get(0));
        page("/quarantines/" + order, "weijian").andExpect(content().string(containsString(id("confirm-form"))));
        page("/quarantines/" + order, "grid01")
                .andExpect(content().string(not(containsString(id("confirm-form")))))
                .andExpect(content().string(not(containsString(id("check-in-form")))));
    }
}
