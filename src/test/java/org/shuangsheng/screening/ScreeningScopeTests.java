package org.shuangsheng.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Each role reaches the rounds, visits, findings, coverage and lists of its own scope only. */
@PlatformTest
class ScreeningScopeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcTemplate jdbc;

    ScreeningFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ScreeningFixtures(mvc, tokens);
    }

    @Test
    void aGridWorkerCannotVisitOrReadTheFindingsOfAnotherGridsHousehold() throws Exception {
        long round = fixtures.openRound("commander", ScreeningFixtures.DISTRICT);
        ScreeningFixtures.Household theirs = fixtures.household("grid02", ScreeningFixtures.GRID02, 1);
        fixtures.visit("grid02", round, theirs.id(), "IN_PERSON",
                ScreeningFixtures.finding(theirs.residents().get(0), "38.0")).andExpect(status().isCreated());

        fixtures.visit("grid01", round, theirs.id(), "IN_PERSON",
                ScreeningFixtures.finding(theirs.residents().get(0), "36.5")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/screening-rounds/" + round + "/households/" + theirs.id() + "/visits")
                .header("Authorization", tokens.bearer("grid01"))).andExpect(status().isNotFound());
        mvc.perform(get("/screening-rounds/" + round + "/households/" + theirs.id() + "/visit")
                .with(users.as("grid01"))).andExpect(status().isNotFound());
        mvc.perform(post("/screening-rounds/" + round + "/households/" + theirs.id() + "/visit")
                        .with(users.as("grid01")).with(csrf()).param("mode", "IN_PERSON")
                        .param("findings[0].residentId", theirs.residents().get(0).toString())
                        .param("findings[0].present", "true"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from screening_visit where household_id = ?", Long.class,
                theirs.id())).isEqualTo(1L);
    }

    @Test
    void aGridWorkerSeesCoverageAndListsOfItsOwnGridOnly() throws Exception {
        long round = fixtures.openRound("commander", ScreeningFixtures.DISTRICT);
        String grid01 = tokens.bearer("grid01");
        mvc.perform(get("/api/v1/screening-rounds/" + round + "/coverage").header("Authorization", grid01))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.regionCode", is(ScreeningFixtures.GRID01)));
        for (String region : List.of(ScreeningFixtures.DISTRICT, ScreeningFixtures.HONGQI, ScreeningFixtures.GRID02)) {
            mvc.perform(get("/api/v1/screening-rounds/" + round + "/coverage").param("regionCode", region)
                    .header("Authorization", grid01)).andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/screening-rounds/" + round + "/unvisited").param("regionCode", region)
                    .header("Authorization", grid01)).andExpect(status().isNotFound());
            mvc.perform(get("/screening-rounds/" + round).param("region", region).with(users.as("grid01")))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/screening-rounds/" + round + "/unvisited/export").param("region", region)
                    .with(users.as("grid01"))).andExpect(status().isNotFound());
        }
        String unvisited = mvc.perform(get("/api/v1/screening-rounds/" + round + "/unvisited").param("size", "1000")
                        .header("Authorization", grid01))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(unvisited, "$[*].gridCode")).isNotEmpty()
                .allMatch(ScreeningFixtures.GRID01::equals);
    }

    @Test
    void aSubdistrictOfficerSeesItsSubtreeOnly() throws Exception {
        long district = fixtures.openRound("commander", ScreeningFixtures.DISTRICT);
        long elsewhere = fixtures.openRound("commander", "230506002");
        String hongqi = tokens.bearer("hongqi");
        mvc.perform(get("/api/v1/screening-rounds/" + district + "/coverage").header("Authorization", hongqi))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.regionCode", is(ScreeningFixtures.HONGQI)));
        mvc.perform(get("/api/v1/screening-rounds/" + district + "/coverage").param("regionCode", "230506002")
                .header("Authorization", hongqi)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/screening-rounds/" + elsewhere).header("Authorization", hongqi))
                .andExpect(status().isNotFound());
        String rounds = mvc.perform(get("/api/v1/screening-rounds").header("Authorization", hongqi))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Integer>>read(rounds, "$[*].id")).contains((int) district)
                .doesNotContain((int) elsewhere);
        mvc.perform(post("/api/v1/screening-rounds").header("Authorization", hongqi)
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"越界\",\"startDate\":\"2020-03-18\",\"endDate\":\"2020-03-20\","
                                + "\"regionCode\":\"230506\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field", is("regionCode")));
    }

    @Test
    void enterpriseFarmerAndAdministratorSeeNoRoundsAndCadresSeeNoCoverage() throws Exception {
        long round = fixtures.openRound("commander", ScreeningFixtures.DISTRICT);
        for (String user : List.of("ent01", "farmer01", "admin", "guard01")) {
            mvc.perform(get("/api/v1/screening-rounds").header("Authorization", tokens.bearer(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/screening-rounds/" + round + "/coverage")
                    .header("Authorization", tokens.bearer(user))).andExpect(status().isForbidden());
            mvc.perform(get("/screening-rounds/" + round + "/unvisited").with(users.as(user)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/screening-rounds/" + round + "/coverage").header("Authorization",
                tokens.bearer("cadre01"))).andExpect(status().isNotFound());
    }

    @Test
    void aCadreSeesAndVisitsThePairedHouseholdsOnly() throws Exception {
        long round = fixtures.openRound("commander", ScreeningFixtures.DISTRICT);
        ScreeningFixtures.Household paired = fixtures.household("grid01", ScreeningFixtures.GRID01, 1);
        ScreeningFixtures.Household other = fixtures.household("grid01", ScreeningFixtures.GRID01, 1);
        mvc.perform(post("/households/" + paired.id() + "/pairing").with(users.as("hongqi")).with(csrf())
                .param("cadre", "cadre01")).andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/screening-rounds/" + round).with(users.as("cadre01")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("paired-" + paired.id()).doesNotContain("paired-" + other.id()).contains("未走访");
        fixtures.visit("cadre01", round, paired.id(), "PHONE",
                ScreeningFixtures.finding(paired.residents().get(0), "36.6")).andExpect(status().isCreated());
        fixtures.visit("cadre01", round, other.id(), "PHONE",
                ScreeningFixtures.finding(other.residents().get(0), "36.6")).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/screening-rounds/" + round).with(users.as("cadre01")))
                .andReturn().getResponse().getContentAsString()).contains("已走访");
    }
}
