package org.shuangsheng.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Coverage arithmetic at every level, district to grid: households and residents are what
 * population holds in the region, visited households and seen residents count once however
 * many visits, phone visits count, a household without residents counts as a household.
 */
@PlatformTest
class ScreeningCoverageTests {

    static final String COMMUNITY = "230506001001";

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
    void coverageCountsEachHouseholdAndEachSeenResidentOnceAtEveryLevel() throws Exception {
        long round = fixtures.openRound("commander", ScreeningFixtures.DISTRICT);
        ScreeningFixtures.Household three = fixtures.household("grid01", ScreeningFixtures.GRID01, 3);
        ScreeningFixtures.Household two = fixtures.household("grid01", ScreeningFixtures.GRID01, 2);
        emptyHousehold(ScreeningFixtures.GRID01);
        // In person: two seen, one away.
        fixtures.visit("grid01", round, three.id(), "IN_PERSON",
                ScreeningFixtures.finding(three.residents().get(0), "36.5"),
                ScreeningFixtures.finding(three.residents().get(1), "36.8"),
                ScreeningFixtures.finding(three.residents().get(2), null)).andExpect(status().isCreated());
        // By phone: both reached.
        fixtures.visit("grid01", round, two.id(), "PHONE",
                ScreeningFixtures.finding(two.residents().get(0), "36.4"),
                ScreeningFixtures.finding(two.residents().get(1), null)).andExpect(status().isCreated());
        // A revisit finds the one who was away, and sees the first again.
        fixtures.visit("grid01", round, three.id(), "IN_PERSON",
                ScreeningFixtures.finding(three.residents().get(0), "36.6"),
                ScreeningFixtures.finding(three.residents().get(2), "37.0")).andExpect(status().isCreated());

        for (String level : List.of(ScreeningFixtures.GRID01, COMMUNITY, ScreeningFixtures.HONGQI,
                ScreeningFixtures.DISTRICT)) {
            String json = coverage("commander", round, level);
            String path = path(level);
            assertThat(number(json, "$.households")).as(level).isEqualTo(count("population_household", path));
            assertThat(number(json, "$.residents")).as(level).isEqualTo(count("population_resident", path));
            assertThat(number(json, "$.visitedHouseholds")).as(level).isEqualTo(2);
            assertThat(number(json, "$.seenResidents")).as(level).isEqualTo(4);
            List<Map<String, Object>> children = JsonPath.read(json, "$.children");
            if (!level.equals(ScreeningFixtures.GRID01)) {
                assertThat(children).isNotEmpty();
                assertThat(children.stream().mapToLong(c -> ((Number) c.get("households")).longValue()).sum())
                        .as(level).isEqualTo(number(json, "$.households"));
                assertThat(children.stream().mapToLong(c -> ((Number) c.get("residents")).longValue()).sum())
                        .as(level).isEqualTo(number(json, "$.residents"));
                assertThat(children.stream().mapToLong(c -> ((Number) c.get("visitedHouseholds")).longValue()).sum())
                        .as(level).isEqualTo(2);
                assertThat(children.stream().mapToLong(c -> ((Number) c.get("seenResidents")).longValue()).sum())
                        .as(level).isEqualTo(4);
            } else {
                assertThat(children).isEmpty();
            }
        }
        String district = coverage("commander", round, ScreeningFixtures.DISTRICT);
        assertThat(JsonPath.<List<Object>>read(district, "$.children[?(@.regionCode == '230506001')].visitedHouseholds"))
                .containsExactly(2);
        assertThat(JsonPath.<List<Object>>read(district, "$.children[?(@.regionCode == '230506002')].visitedHouseholds"))
                .containsExactly(0);
    }

    @Test
    void theRoundPageShowsTheCoverageAndDrillsDownWithHtmx() throws Exception {
        long round = fixtures.openRound("commander", ScreeningFixtures.DISTRICT);
        String page = mvc.perform(get("/screening-rounds/" + round).with(users.as("commander")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("红旗街道").contains("coverage-table").contains("<nav");
        String fragment = mvc.perform(get("/screening-rounds/" + round).param("region", ScreeningFixtures.HONGQI)
                        .header("HX-Request", "true").with(users.as("commander")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fragment).contains("建设社区").contains("id=\"coverage\"").doesNotContain("<html");
    }

    @Test
    void theUnvisitedListLeavesOutVisitedHouseholdsAndPagesGridByGrid() throws Exception {
        long round = fixtures.openRound("commander", ScreeningFixtures.DISTRICT);
        ScreeningFixtures.Household visited = fixtures.household("grid01", ScreeningFixtures.GRID01, 1);
        ScreeningFixtures.Household waiting = fixtures.household("grid01", ScreeningFixtures.GRID01, 2);
        fixtures.visit("grid01", round, visited.id(), "PHONE",
                ScreeningFixtures.finding(visited.residents().get(0), "36.5")).andExpect(status().isCreated());
        long inGrid = count("population_household", path(ScreeningFixtures.GRID01));
        var result = mvc.perform(get("/api/v1/screening-rounds/" + round + "/unvisited")
                        .header("Authorization", tokens.bearer("grid01")).param("size", "1000"))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(Long.parseLong(result.getHeader("X-Total-Count"))).isEqualTo(inGrid - 1);
        List<Object> ids = JsonPath.read(result.getContentAsString(), "$[*].id");
        assertThat(ids).hasSize((int) inGrid - 1).contains(((Number) waiting.id()).intValue())
                .doesNotContain(((Number) visited.id()).intValue());
        assertThat(result.getContentAsString()).contains("刘*");

        // The community's list, two rows a page: every unvisited household exactly once across pages.
        long inCommunity = count("population_household", path(COMMUNITY));
        java.util.Set<Object> seen = new java.util.HashSet<>();
        for (int page = 0; page * 7 < inCommunity; page++) {
            String json = mvc.perform(get("/api/v1/screening-rounds/" + round + "/unvisited")
                            .header("Authorization", tokens.bearer("hongqi")).param("regionCode", COMMUNITY)
                            .param("page", Integer.toString(page)).param("size", "7"))
                    .andReturn().getResponse().getContentAsString();
            List<Object> rows = JsonPath.read(json, "$[*].id");
            assertThat(rows).allMatch(seen::add);
        }
        assertThat(seen).hasSize((int) inCommunity - 1).doesNotContain(((Number) visited.id()).intValue());

        byte[] xlsx = mvc.perform(get("/screening-rounds/" + round + "/unvisited/export").with(users.as("grid01")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo((int) inGrid - 1);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).matches(".\\*+");
        }
        mvc.perform(get("/screening-rounds/" + round + "/unvisited").with(users.as("grid01")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("data-action=\"print\"")));
    }

    @Test
    void aVisitedHouseholdWithSomeoneNotSeenStaysOnTheGridsRevisitListUntilEveryoneIsSeen() throws Exception {
        long round = fixtures.openRound("commander", ScreeningFixtures.DISTRICT);
        ScreeningFixtures.Household away = fixtures.household("grid01", ScreeningFixtures.GRID01, 3);
        ScreeningFixtures.Household allSeen = fixtures.household("grid01", ScreeningFixtures.GRID01, 2);
        List<Long> people = away.residents();
        fixtures.visit("grid01", round, away.id(), "IN_PERSON", ScreeningFixtures.finding(people.get(0), "36.5"),
                ScreeningFixtures.finding(people.get(1), "36.6"), ScreeningFixtures.finding(people.get(2), null))
                .andExpect(status().isCreated());
        fixtures.visit("grid01", round, allSeen.id(), "PHONE",
                ScreeningFixtures.finding(allSeen.residents().get(0), "36.5"),
                ScreeningFixtures.finding(allSeen.residents().get(1), "36.7")).andExpect(status().isCreated());

        String page = unvisitedPage("grid01", round, ScreeningFixtures.GRID01);
        assertThat(page).contains("id=\"revisit-" + away.id() + "\"").contains("1/3 人未见到")
                .contains("/screening-rounds/" + round + "/households/" + away.id() + "/visit")
                .doesNotContain("id=\"revisit-" + allSeen.id() + "\"");
        mvc.perform(get("/api/v1/screening-rounds/" + round + "/revisit").param("regionCode", ScreeningFixtures.GRID01)
                        .header("Authorization", tokens.bearer("grid01")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.household.id == " + away.id() + ")].unseen").value(org.hamcrest.Matchers.contains(1)))
                .andExpect(jsonPath("$[?(@.household.id == " + allSeen.id() + ")]").isEmpty());
        // Above a grid the page points to the grids instead of listing a whole subdistrict.
        assertThat(unvisitedPage("hongqi", round, ScreeningFixtures.HONGQI)).doesNotContain("id=\"revisit\"")
                .contains("选择一个网格");
        // The other grid's worker is refused the grid outright.
        mvc.perform(get("/screening-rounds/" + round + "/unvisited").param("region", ScreeningFixtures.GRID01)
                .with(users.as("grid02"))).andExpect(status().isNotFound());

        // The second call, on the phone, finds the third resident back home.
        fixtures.visit("grid01", round, away.id(), "PHONE", ScreeningFixtures.finding(people.get(2), "36.4"))
                .andExpect(status().isCreated());
        assertThat(unvisitedPage("grid01", round, ScreeningFixtures.GRID01))
                .doesNotContain("id=\"revisit-" + away.id() + "\"");
    }

    private String unvisitedPage(String user, long round, String region) throws Exception {
        return mvc.perform(get("/screening-rounds/" + round + "/unvisited").param("region", region)
                        .with(users.as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String coverage(String user, long round, String region) throws Exception {
        return mvc.perform(get("/api/v1/screening-rounds/" + round + "/coverage").param("regionCode", region)
                        .header("Authorization", tokens.bearer(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** A household whose only member has moved out (married into a household of another grid). */
    private void emptyHousehold(String grid) throws Exception {
        ScreeningFixtures.Household lone = fixtures.household("hongqi", grid, 1);
        ScreeningFixtures.Household elsewhere = fixtures.household("hongqi", "23050600100102", 1);
        mvc.perform(post("/api/v1/residents/" + lone.residents().get(0) + "/move")
                        .header("Authorization", tokens.bearer("hongqi")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"householdId\":" + elsewhere.id() + ",\"relation\":\"配偶\",\"reason\":\"婚嫁迁出\"}"))
                .andExpect(status().isNoContent());
    }

    private String path(String code) {
        return jdbc.queryForObject("select path from region_unit where code = ?", String.class, code);
    }

    private long count(String table, String path) {
        return jdbc.queryForObject("select count(*) from " + table + " where region_path = ? or region_path like ?",
                Long.class, path, path + "/%");
    }

    private static long number(String json, String expression) {
        return ((Number) JsonPath.read(json, expression)).longValue();
    }
}
