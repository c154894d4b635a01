package org.shuangsheng.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/** Opening rounds and recording visits through the API and the phone form. */
@PlatformTest
@RecordApplicationEvents
class ScreeningVisitTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    ScreeningFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ScreeningFixtures(mvc, tokens);
    }

    @Test
    void theCommanderOpensARoundAndEveryoneInItsRegionSeesIt() throws Exception {
        long round = fixtures.openRound("commander", ScreeningFixtures.DISTRICT);
        mvc.perform(get("/api/v1/screening-rounds/" + round).header("Authorization", tokens.bearer("grid01")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.regionName", is("宝山区")));
        mvc.perform(get("/screening-rounds").with(users.as("grid01")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/screening-rounds/" + round)));
    }

    @Test
    void aRoundNeedsANameDatesInOrderAndARegionOfTheCallersScope() throws Exception {
        mvc.perform(post("/api/v1/screening-rounds").header("Authorization", tokens.bearer("hongqi"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\",\"startDate\":\"2020-03-20\",\"endDate\":\"2020-03-18\","
                                + "\"regionCode\":\"230506002\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("endDate")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("regionCode")));
        mvc.perform(post("/screening-rounds").with(users.as("hongqi")).with(csrf())
                        .param("name", "红旗街道第四轮").param("startDate", "2020-03-20").param("endDate", "2020-03-18")
                        .param("regionCode", "230506001"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("红旗街道第四轮")))
                .andExpect(content().string(containsString("结束日期不能早于开始日期")));
    }

    @Test
    void aClosedRoundTakesNoMoreVisitsUntilItsOpenerReopensIt() throws Exception {
        long round = fixtures.openRound("commander", ScreeningFixtures.DISTRICT);
        ScreeningFixtures.Household home = fixtures.household("grid01", ScreeningFixtures.GRID01, 1);
        // A subdistrict officer's scope does not hold the whole district: it may not end the sweep.
        mvc.perform(post("/api/v1/screening-rounds/" + round + "/close").header("Authorization", tokens.bearer("hongqi")))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/screening-rounds/" + round + "/close").with(users.as("commander")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/screening-rounds/" + round).with(users.as("commander")))
                .andExpect(content().string(allOf(containsString("已结束"), containsString("id=\"reopen-round\""))));
        fixtures.visit("grid01", round, home.id(), "IN_PERSON", ScreeningFixtures.finding(home.residents().get(0), "36.5"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("本轮排查已结束")));
        // The grid worker reads the round but may not reopen it.
        mvc.perform(post("/screening-rounds/" + round + "/reopen").with(users.as("grid01")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/screening-rounds/" + round + "/reopen").header("Authorization", tokens.bearer("commander")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.closed", is(false)));
        fixtures.visit("grid01", round, home.id(), "IN_PERSON", ScreeningFixtures.finding(home.residents().get(0), "36.5"))
                .andExpect(status().isCreated());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where object_type = 'screening_round'"
                + " and object_id = ? and action = 'UPDATE'", Long.class, Long.toString(round))).isEqualTo(2);
    }

    @Test
    void aGridWorkerRecordsAVisitWithAFindingPerResidentAndTheEventCarriesThem() throws Exception {
        long round = fixtures.openRound("commander", ScreeningFixtures.DISTRICT);
        ScreeningFixtures.Household home = fixtures.household("grid01", ScreeningFixtures.GRID01, 3);
        long visit = ScreeningFixtures.id(fixtures.visit("grid01", round, home.id(), "IN_PERSON",
                        ScreeningFixtures.finding(home.residents().get(0), "36.5"),
                        ScreeningFixtures.finding(home.residents().get(1), "38.2"),
                        ScreeningFixtures.finding(home.residents().get(2), null))
                .andExpect(status().isCreated()));
        VisitRecorded event = events.stream(VisitRecorded.class).filter(e -> e.visitId() == visit).findFirst().orElseThrow();
        assertThat(event.householdId()).isEqualTo(home.id());
        assertThat(event.gridCode()).isEqualTo(ScreeningFixtures.GRID01);
        assertThat(event.findings()).hasSize(3).allMatch(f -> f.findingId() > 0);
        assertThat(event.findings().get(1).feverAt(ScreeningQueries.FEVER)).isTrue();
        assertThat(event.findings().get(2).present()).isFalse();

        mvc.perform(get("/api/v1/screening-rounds/" + round + "/households/" + home.id() + "/visits")
                        .header("Authorization", tokens.bearer("grid01")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].mode", is("IN_PERSON")))
                .andExpect(jsonPath("$[0].findings[1].temperature", is(38.2)))
                .andExpect(jsonPath("$[0].findings[2].absenceReason", is("外出务工")));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'READ_PERSON'"
                + " and object_type = 'household' and object_id = ?", Long.class, Long.toString(home.id())))
                .isPositive();
    }

    @Test
    void aFeverAtTheDoorRaisesOneAlertForTheCommanderWithTheNameMasked() throws Exception {
        long round = fixtures.openRound("commander", ScreeningFixtures.DISTRICT);
        ScreeningFixtures.Household home = fixtures.household("grid01", ScreeningFixtures.GRID01, 2);
        String dedup = "round-" + round + "-resident-" + home.residents().get(1);
        for (String temperature : new String[] {"38.4", "38.9"}) {
            fixtures.visit("grid01", round, home.id(), "IN_PERSON",
                            ScreeningFixtures.finding(home.residents().get(0), "36.5"),
                            ScreeningFixtures.finding(home.residents().get(1), temperature))
                    .andExpect(status().isCreated());
        }
        assertThat(jdbc.queryForList("select occurrences from command_alert where kind = 'screening.fever'"
                + " and dedup_key = ?", Integer.class, dedup)).containsExactly(2);
        assertThat(jdbc.queryForObject("select count(*) from command_alert where kind = 'screening.fever'"
                + " and dedup_key = ?", Long.class, "round-" + round + "-resident-" + home.residents().get(0)))
                .isZero();
        mvc.perform(get("/api/v1/alerts").param("status", "OPEN").header("Authorization", tokens.bearer("commander")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.kind == 'screening.fever')].title",
                        hasItem(allOf(containsString("38.4"), containsString("*"),
                                containsString(ScreeningFixtures.GRID01)))));
    }

    @Test
    void badFieldsAreNamedOneByOneAndNothingIsRecorded() throws Exception {
        long round = fixtures.openRound("commander", ScreeningFixtures.DISTRICT);
        ScreeningFixtures.Household home = fixtures.household("grid01", ScreeningFixtures.GRID01, 2);
        ScreeningFixtures.Household other = fixtures.household("grid01", ScreeningFixtures.GRID01, 1);
        fixtures.visit("grid01", round, home.id(), "BY_PIGEON",
                        ScreeningFixtures.finding(other.residents().get(0), "36.5"),
                        ScreeningFixtures.finding(home.residents().get(1), "45.0"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("mode")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("findings[0].residentId")))
                .andExpect(jsonPath("$.errors[?(@.field == 'findings[1].temperature')].message",
                        hasItem(containsString("34.0"))));
        fixtures.visit("grid01", round, home.id(), "PHONE", "{\"residentId\":" + home.residents().get(0)
                        + ",\"present\":true,\"temperature\":36.55}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field", is("findings[0].temperature")));
        mvc.perform(post("/api/v1/screening-rounds/" + round + "/visits").header("Authorization", tokens.bearer("grid01"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"householdId\":" + home.id() + ",\"mode\":\"PHONE\",\"visitedAt\":\""
                                + ScreeningFixtures.today().minusDays(10) + "T10:00\",\"findings\":["
                                + ScreeningFixtures.finding(home.residents().get(0), "36.5") + "]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field", is("visitedAt")));
        mvc.perform(post("/api/v1/screening-rounds/" + round + "/visits").header("Authorization", tokens.bearer("grid01"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"householdId\":" + home.id() + ",\"mode\":\"PHONE\",\"visitedAt\":\""
                                + ScreeningFixtures.today().plusDays(1) + "T10:00:00+08:00\",\"findings\":["
                                + ScreeningFixtures.finding(home.residents().get(0), "36.5") + "]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field", is("visitedAt")));
        assertThat(jdbc.queryForObject("select count(*) from screening_visit where household_id = ?", Long.class,
                home.id())).isZero();
    }

    @Test
    void aVisitResentWithTheSameIdempotencyKeyIsRecordedOnce() throws Exception {
        long round = fixtures.openRound("commander", ScreeningFixtures.DISTRICT);
        ScreeningFixtures.Household home = fixtures.household("grid01", ScreeningFixtures.GRID01, 1);
        String finding = ScreeningFixtures.finding(home.residents().get(0), "36.6");
        long first = ScreeningFixtures.id(fixtures.visitWithKey("grid01", round, home.id(), "IN_PERSON", "visit-k-1",
                finding).andExpect(status().isCreated()));
        long again = ScreeningFixtures.id(fixtures.visitWithKey("grid01", round, home.id(), "IN_PERSON", "visit-k-1",
                finding).andExpect(status().isCreated()));
        assertThat(again).isEqualTo(first);
        assertThat(jdbc.queryForObject("select count(*) from screening_visit where household_id = ?", Long.class,
                home.id())).isEqualTo(1L);
    }

    @Test
    void thePhoneFormSentTwiceWithTheSameKeyRecordsOneVisit() throws Exception {
        long round = fixtures.openRound("commander", ScreeningFixtures.DISTRICT);
        ScreeningFixtures.Household home = fixtures.household("grid01", ScreeningFixtures.GRID01, 2);
        String page = mvc.perform(get("/screening-rounds/" + round + "/households/" + home.id() + "/visit")
                        .with(users.as("grid01")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("刘德福")))
                .andExpect(content().string(containsString("inputmode=\"decimal\"")))
                .andReturn().getResponse().getContentAsString();
        String key = page.replaceAll("(?s).*name=\"requestKey\" value=\"([^\"]+)\".*", "$1");
        assertThat(key).hasSize(36);
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/screening-rounds/" + round + "/households/" + home.id() + "/visit")
                            .with(users.as("grid01")).with(csrf())
                            .param("requestKey", key).param("mode", "IN_PERSON")
                            .param("findings[0].residentId", home.residents().get(0).toString())
                            .param("findings[0].present", "true").param("findings[0].temperature", "36.4")
                            .param("findings[1].residentId", home.residents().get(1).toString())
                            .param("findings[1].present", "false").param("findings[1].absenceReason", "住院"))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(jdbc.queryForObject("select count(*) from screening_visit where household_id = ?", Long.class,
                home.id())).isEqualTo(1L);
    }

    @Test
    void thePhoneFormComesBackWithEveryTypedValueAndTheMessageByTheBadField() throws Exception {
        long round = fixtures.openRound("commander", ScreeningFixtures.DISTRICT);
        ScreeningFixtures.Household home = fixtures.household("grid01", ScreeningFixtures.GRID01, 2);
        mvc.perform(post("/screening-rounds/" + round + "/households/" + home.id() + "/visit")
                        .with(users.as("grid01")).with(csrf())
                        .param("requestKey", "form-key-bad-1").param("mode", "PHONE")
                        .param("findings[0].residentId", home.residents().get(0).toString())
                        .param("findings[0].present", "true").param("findings[0].temperature", "46.1")
                        .param("findings[0].travelledFrom", "哈尔滨")
                        .param("findings[1].residentId", home.residents().get(1).toString())
                        .param("findings[1].present", "true").param("findings[1].symptoms", "咳嗽"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"46.1\"")))
                .andExpect(content().string(containsString("value=\"哈尔滨\"")))
                .andExpect(content().string(containsString("value=\"咳嗽\"")))
                .andExpect(content().string(containsString("体温应在 34.0 至 43.0 ℃ 之间")))
                .andExpect(content().string(containsString("form-key-bad-1")));
        assertThat(jdbc.queryForObject("select count(*) from screening_visit where household_id = ?", Long.class,
                home.id())).isZero();
    }
}
