package org.shuangsheng.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.identity.AccountForm;
import org.shuangsheng.identity.AccountManagement;
import org.shuangsheng.identity.Role;
import org.shuangsheng.region.NewRegion;
import org.shuangsheng.region.RegionKind;
import org.shuangsheng.region.RegionManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A community handed from one subdistrict to another takes its screening records along: rounds,
 * visits, findings, risk levels and quarantine orders answer to the new subdistrict's officer and
 * no longer to the old one, coverage of both subdistricts changes by what moved, and the
 * per-round tally still equals the live count.
 */
@PlatformTest
class RegionMoveTests {

    static final String COMMUNITY = "230506001091";
    static final String GRID = COMMUNITY + "01";
    static final String YUEJIN = "230506002";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    org.shuangsheng.identity.internal.Accounts storage;

    @Autowired
    RegionManagement regions;

    ScreeningFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ScreeningFixtures(mvc, tokens);
    }

    @Test
    void visitsOrdersAndCoverageGoWithTheirCommunityToTheNewSubdistrict() throws Exception {
        String yuejin = officerOf(YUEJIN, "officer-yuejin-screening");
        regions.create(new NewRegion(COMMUNITY, "划转排查社区", RegionKind.COMMUNITY, ScreeningFixtures.HONGQI));
        regions.create(new NewRegion(GRID, "第1网格", RegionKind.GRID, COMMUNITY));
        long districtRound = fixtures.openRound("commander", ScreeningFixtures.DISTRICT);
        long communityRound = fixtures.openRound("hongqi", COMMUNITY);
        ScreeningFixtures.Household home = fixtures.household("hongqi", GRID, 3);
        fixtures.household("hongqi", GRID, 2);
        List<Long> people = home.residents();
        for (long round : List.of(districtRound, communityRound)) {
            fixtures.visit("hongqi", round, home.id(), "IN_PERSON", ScreeningFixtures.finding(people.get(0), "38.5"),
                    "{\"residentId\":" + people.get(1) + ",\"present\":true,\"temperature\":36.6,"
                            + "\"contactWithCase\":true}",
                    ScreeningFixtures.finding(people.get(2), null)).andExpect(status().isCreated());
        }
        long order = jdbc.queryForObject("select id from screening_quarantine where resident_id = ?", Long.class,
                people.get(1));
        mvc.perform(get("/api/v1/quarantines/" + order).header("Authorization", tokens.bearer("hongqi")))
                .andExpect(status().isOk());
        long[] hongqiBefore = coverage(districtRound, ScreeningFixtures.HONGQI);
        long[] yuejinBefore = coverage(districtRound, YUEJIN);

        move(COMMUNITY, YUEJIN);

        String gridPath = path(GRID);
        assertThat(gridPath).startsWith(path(YUEJIN) + "/");
        // Two households, five residents; one household visited, two of its residents seen.
        long[] moved = {2, 1, 5, 2};
        long[] hongqiAfter = coverage(districtRound, ScreeningFixtures.HONGQI);
        long[] yuejinAfter = coverage(districtRound, YUEJIN);
        for (int i = 0; i < moved.length; i++) {
            assertThat(hongqiAfter[i]).as("hongqi figure " + i).isEqualTo(hongqiBefore[i] - moved[i]);
            assertThat(yuejinAfter[i]).as("yuejin figure " + i).isEqualTo(yuejinBefore[i] + moved[i]);
        }
        assertThat(coverage(communityRound, COMMUNITY)).containsExactly(moved);

        mvc.perform(get("/api/v1/quarantines/" + order).header("Authorization", tokens.bearer(yuejin)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/quarantines/" + order).header("Authorization", tokens.bearer("hongqi")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/screening-rounds/" + communityRound).header("Authorization", tokens.bearer(yuejin)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/screening-rounds/" + communityRound)
                .header("Authorization", tokens.bearer("hongqi"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/screening-rounds/" + districtRound + "/households/" + home.id() + "/visits")
                .header("Authorization", tokens.bearer(yuejin))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/screening-rounds/" + districtRound + "/households/" + home.id() + "/visits")
                .header("Authorization", tokens.bearer("hongqi"))).andExpect(status().isNotFound());
        for (String table : List.of("screening_visit", "screening_finding", "screening_risk", "screening_quarantine")) {
            assertThat(jdbc.queryForList("select distinct region_path from " + table + " where region_path like ?",
                    String.class, "%/" + COMMUNITY + "%")).as(table).containsExactly(gridPath);
        }
        assertRoundTallyEqualsLiveCounts(districtRound);
        assertRoundTallyEqualsLiveCounts(communityRound);

        // The fever alerts and the messages addressed to the community's region went along too.
        for (String table : List.of("command_alert", "notification_message")) {
            assertThat(jdbc.queryForList("select distinct region_path from " + table + " where region_path like ?",
                    String.class, "%/" + COMMUNITY + "%")).as(table).containsExactly(gridPath);
        }
        long alert = jdbc.queryForObject("select min(id) from command_alert where region_path = ?", Long.class,
                gridPath);
        mvc.perform(get("/alerts/" + alert).with(users.as(yuejin))).andExpect(status().isOk());
        mvc.perform(get("/alerts/" + alert).with(users.as("hongqi"))).andExpect(status().isNotFound());
    }

    private long[] coverage(long round, String region) throws Exception {
        String json = mvc.perform(get("/api/v1/screening-rounds/" + round + "/coverage").param("regionCode", region)
                        .header("Authorization", tokens.bearer("commander")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return new long[] {number(json, "$.households"), number(json, "$.visitedHouseholds"),
                number(json, "$.residents"), number(json, "$.seenResidents")};
    }

    private static long number(String json, String expression) {
        return ((Number) JsonPath.read(json, expression)).longValue();
    }

    private void assertRoundTallyEqualsLiveCounts(long round) {
        List<String> live = jdbc.queryForList("select v.region_path || ':' || count(distinct v.household_id) || ':'"
                + " || (select count(distinct f.resident_id) from screening_finding f where f.round_id = v.round_id"
                + " and f.region_path = v.region_path and f.present = true) from screening_visit v"
                + " where v.round_id = ? group by v.round_id, v.region_path order by v.region_path", String.class, round);
        List<String> tally = jdbc.queryForList("select region_path || ':' || visited_households || ':' || seen_residents"
                + " from screening_round_tally where round_id = ? and visited_households > 0 order by region_path",
                String.class, round);
        assertThat(tally).isEqualTo(live);
    }

    private void move(String code, String parentCode) throws Exception {
        mvc.perform(post("/regions/" + code + "/move").param("parentCode", parentCode).with(users.as("admin"))
                .with(csrf())).andExpect(redirectedUrl("/regions/" + code));
    }

    private String officerOf(String subdistrict, String username) {
        AccountForm form = new AccountForm();
        form.setUsername(username);
        form.setDisplayName("街道干部");
        form.setRole(Role.SUBDISTRICT_OFFICER);
        form.setRegionCodes(subdistrict);
        long id = accounts.create(form).account().id();
        storage.changePassword(id, "Moved-Officer-2020", java.time.Instant.now());
        return username;
    }

    private String path(String code) {
        return jdbc.queryForObject("select path from region_unit where code = ?", String.class, code);
    }
}
