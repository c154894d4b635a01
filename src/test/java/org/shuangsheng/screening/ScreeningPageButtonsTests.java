package org.shuangsheng.screening;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.shuangsheng.HtmlPages.hides;
import static org.shuangsheng.HtmlPages.shows;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.HtmlPages;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.screening.QuarantineFixture.Home;
import org.shuangsheng.screening.QuarantineFixture.Seen;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/** The screening and quarantine pages show a button only to whom the screening policy lets through it. */
@PlatformTest
class ScreeningPageButtonsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    HtmlPages pages;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    @Test
    void onlyOpenersSeeTheButtonsToOpenAndCloseARound() throws Exception {
        long round = new ScreeningFixtures(mvc, tokens).openRound("commander", ScreeningFixtures.DISTRICT);
        pages.open("/screening-rounds", "commander").andExpect(shows("new-round"));
        pages.open("/screening-rounds", "weijian").andExpect(hides("new-round"));
        pages.open("/screening-rounds/" + round, "commander").andExpect(shows("close-round"));
        pages.open("/screening-rounds/" + round, "weijian").andExpect(hides("close-round"));
    }

    @Test
    void onlyThePeopleAtTheDoorGetALinkToVisitAnUnvisitedHousehold() throws Exception {
        ScreeningFixtures fixtures = new ScreeningFixtures(mvc, tokens);
        long round = fixtures.openRound("commander", ScreeningFixtures.DISTRICT);
        long home = fixtures.household("grid01", ScreeningFixtures.GRID01, 1).id();
        String unvisited = "/screening-rounds/" + round + "/unvisited?region=" + ScreeningFixtures.GRID01;
        String visit = "/screening-rounds/" + round + "/households/" + home + "/visit";
        pages.open(unvisited, "grid01").andExpect(content().string(containsString(visit)));
        pages.open(unvisited, "weijian").andExpect(content().string(not(containsString("/visit\""))));
    }

    @Test
    void onlyTheRuleWritersSeeTheButtonsToChangeKeyAreasAndTheRuleSet() throws Exception {
        pages.open("/key-areas", "weijian").andExpect(shows("new-key-area"));
        pages.open("/key-areas", "hongqi").andExpect(hides("new-key-area"));
        pages.open("/risk-settings", "weijian").andExpect(shows("save"));
        pages.open("/risk-settings", "grid01").andExpect(hides("save"));
    }

    @Test
    void aGridWorkerReadsAProposedQuarantineButOnlyADeciderSeesTheFormToConfirmIt() throws Exception {
        QuarantineFixture fixture = new QuarantineFixture(mvc, tokens, jdbc, events, transactions, clock);
        Home home = fixture.household("grid01", QuarantineFixture.GRID01, 1);
        fixture.visit(home, fixture.today(), Seen.caseContact());
        long order = fixture.orderOf(home.residents().get(0));
        pages.open("/quarantines/" + order, "weijian").andExpect(shows("confirm-form"));
        pages.open("/quarantines/" + order, "grid01")
                .andExpect(hides("confirm-form"))
                .andExpect(hides("check-in-form"));
    }
}
