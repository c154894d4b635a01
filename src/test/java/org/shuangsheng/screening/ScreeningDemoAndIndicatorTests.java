package org.shuangsheng.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The demo round a newcomer sees, and screening's figures on the commander's dashboard. */
@PlatformTest
class ScreeningDemoAndIndicatorTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    JdbcTemplate jdbc;

    ScreeningFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ScreeningFixtures(mvc, tokens);
    }

    @Test
    void theDemoRoundHasVisitsPhoneVisitsFeversAndLeavesHouseholdsOfGrid01Unvisited() throws Exception {
        Long round = jdbc.queryForObject("select id from screening_round where demo = true and name = ?", Long.class,
                "第三轮全区网格化排查");
        String hongqi = mvc.perform(get("/api/v1/screening-rounds/" + round + "/coverage")
                        .header("Authorization", tokens.bearer("hongqi")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long households = ((Number) JsonPath.read(hongqi, "$.households")).longValue();
        long visited = ((Number) JsonPath.read(hongqi, "$.visitedHouseholds")).longValue();
        assertThat(visited).isBetween(households * 4 / 10, households * 8 / 10);
        String grid01 = mvc.perform(get("/api/v1/screening-rounds/" + round + "/coverage")
                        .header("Authorization", tokens.bearer("grid01")))
                .andReturn().getResponse().getContentAsString();
        assertThat(((Number) JsonPath.read(grid01, "$.visitedHouseholds")).longValue()).isPositive()
                .isLessThan(((Number) JsonPath.read(grid01, "$.households")).longValue());
        assertThat(jdbc.queryForObject("select count(*) from screening_visit where round_id = ? and mode = 'PHONE'",
                Long.class, round)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from screening_finding where round_id = ? and temperature >= 37.3",
                Long.class, round)).isEqualTo(2L);
    }

    @Test
    void theDemoFeversAndKeyAreaTravellersHaveTheirLevelsProposedQuarantinesAndAlerts() throws Exception {
        Long round = jdbc.queryForObject("select id from screening_round where demo = true and name = ?", Long.class,
                "第三轮全区网格化排查");
        List<Long> feverish = jdbc.queryForList("select resident_id from screening_finding where round_id = ?"
                + " and temperature >= 37.3", Long.class, round);
        assertThat(feverish).hasSize(2);
        for (long resident : feverish) {
            assertThat(jdbc.queryForObject("select risk_level from screening_risk where resident_id = ?", String.class,
                    resident)).isIn("YELLOW", "RED");
            assertThat(jdbc.queryForObject("select count(*) from command_alert where kind = 'screening.fever'"
                    + " and dedup_key = ?", Long.class, "round-" + round + "-resident-" + resident)).isEqualTo(1L);
        }
        List<Long> fromWuhan = jdbc.queryForList("select resident_id from screening_finding where round_id = ?"
                + " and travelled_from = '武汉市'", Long.class, round);
        assertThat(fromWuhan).isNotEmpty();
        for (long resident : fromWuhan) {
            assertThat(jdbc.queryForObject("select risk_level from screening_risk where resident_id = ?", String.class,
                    resident)).isEqualTo("RED");
            assertThat(jdbc.queryForObject("select count(*) from screening_quarantine where resident_id = ?", Long.class,
                    resident)).isEqualTo(1L);
        }
        String proposed = mvc.perform(get("/api/v1/quarantines").param("status", "PROPOSED")
                        .header("Authorization", tokens.bearer("commander")))
                .andExpect(status().isOk()).andReturn().getResponse().getHeader("X-Total-Count");
        assertThat(Long.parseLong(proposed)).isGreaterThanOrEqualTo(fromWuhan.size());
    }

    @Test
    void aFeverFoundTodayAppearsInTheDaysFiguresOfTheDashboardAndTheRoundPage() throws Exception {
        long round = fixtures.openRound("commander", ScreeningFixtures.DISTRICT);
        long before = figure("screening.feversToday", ScreeningFixtures.HONGQI);
        long visitsBefore = figure("screening.visitsToday", ScreeningFixtures.HONGQI);
        ScreeningFixtures.Household home = fixtures.household("grid01", ScreeningFixtures.GRID01, 2);
        fixtures.visit("grid01", round, home.id(), "PHONE",
                ScreeningFixtures.finding(home.residents().get(0), "38.2"),
                ScreeningFixtures.finding(home.residents().get(1), "36.5")).andExpect(status().isCreated());
        assertThat(figure("screening.feversToday", ScreeningFixtures.HONGQI)).isEqualTo(before + 1);
        assertThat(figure("screening.visitsToday", ScreeningFixtures.HONGQI)).isEqualTo(visitsBefore + 1);
        String json = indicators(ScreeningFixtures.DISTRICT);
        List<Object> breakdown = JsonPath.read(json,
                "$[?(@.key == 'screening.feversToday')].breakdown[?(@.code == '230506001')].value");
        assertThat(((Number) breakdown.get(0)).longValue()).isGreaterThanOrEqualTo(1);
        assertThat(JsonPath.<List<String>>read(json, "$[?(@.key == 'screening.coverageRate')].label"))
                .containsExactly("本轮走访率");
    }

    private long figure(String key, String region) throws Exception {
        List<Object> values = JsonPath.read(indicators(region), "$[?(@.key == '" + key + "')].value");
        return ((Number) values.get(0)).longValue();
    }

    private String indicators(String region) throws Exception {
        return mvc.perform(get("/api/v1/dashboard/indicators").param("regionCode", region)
                        .header("Authorization", tokens.bearer("commander")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
