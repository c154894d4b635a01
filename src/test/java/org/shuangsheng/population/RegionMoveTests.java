package org.shuangsheng.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.shuangsheng.TestData;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.identity.AccountForm;
import org.shuangsheng.identity.AccountManagement;
import org.shuangsheng.identity.Role;
import org.shuangsheng.region.NewRegion;
import org.shuangsheng.region.RegionKind;
import org.shuangsheng.region.RegionManagement;
import org.shuangsheng.shared.ResidentIdNumber;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A community handed from one subdistrict to another takes its households along: the new
 * subdistrict's officer finds them, the old one no longer does, and the counts per subdistrict
 * and the per-grid tally follow.
 */
@PlatformTest
class RegionMoveTests {

    static final String COMMUNITY = "230506001090";
    static final String GRID = COMMUNITY + "01";
    static final String HONGQI = "230506001";
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
    PopulationQueries queries;

    @Autowired
    RegionManagement regions;

    @Test
    void householdsGoWithTheirCommunityToTheNewSubdistrict() throws Exception {
        String yuejin = officerOf(YUEJIN, "officer-yuejin-move");
        regions.create(new NewRegion(COMMUNITY, "划转社区", RegionKind.COMMUNITY, HONGQI));
        regions.create(new NewRegion(GRID, "第1网格", RegionKind.GRID, COMMUNITY));
        long household = register(GRID, 3);
        register(GRID, 2);
        mvc.perform(get("/api/v1/households/" + household).header("Authorization", tokens.bearer("hongqi")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/households/" + household).header("Authorization", tokens.bearer(yuejin)))
                .andExpect(status().isNotFound());
        String district = path("230506");
        Map<String, long[]> before = countsByChild(district);
        long households = count("population_household", path(COMMUNITY));
        long residents = count("population_resident", path(COMMUNITY));
        assertThat(households).isEqualTo(2);
        assertThat(residents).isEqualTo(5);

        move(COMMUNITY, YUEJIN);

        assertThat(path(GRID)).startsWith(path(YUEJIN) + "/");
        assertThat(jdbc.queryForObject("select region_path from population_household where id = ?", String.class,
                household)).isEqualTo(path(GRID));
        mvc.perform(get("/api/v1/households/" + household).header("Authorization", tokens.bearer(yuejin)))
                .andExpect(status().isOk());
        mvc.perform(get("/households/" + household).with(users.as(yuejin))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/households/" + household).header("Authorization", tokens.bearer("hongqi")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/households/" + household).with(users.as("hongqi"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/households").param("gridCode", GRID).header("Authorization", tokens.bearer(yuejin)))
                .andExpect(status().isOk()).andExpect(header().string("X-Total-Count", Long.toString(
                        count("population_household", path(GRID)))));
        Map<String, long[]> after = countsByChild(district);
        assertThat(after.get("001")).containsExactly(before.get("001")[0] - households,
                before.get("001")[1] - residents);
        assertThat(after.get("002")).containsExactly(before.get("002")[0] + households,
                before.get("002")[1] + residents);
        assertThat(count("population_household", path(COMMUNITY))).isEqualTo(households);
        assertTallyEqualsLiveCounts();

        move(COMMUNITY, HONGQI);

        mvc.perform(get("/api/v1/households/" + household).header("Authorization", tokens.bearer("hongqi")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/households/" + household).header("Authorization", tokens.bearer(yuejin)))
                .andExpect(status().isNotFound());
        assertThat(countsByChild(district).get("001")).containsExactly(before.get("001"));
        assertTallyEqualsLiveCounts();
    }

    private void move(String code, String parentCode) throws Exception {
        mvc.perform(post("/regions/" + code + "/move").param("parentCode", parentCode).with(users.as("admin"))
                .with(csrf())).andExpect(redirectedUrl("/regions/" + code));
    }

    private Map<String, long[]> countsByChild(String path) {
        return queries.countsByChild(path).stream()
                .collect(Collectors.toMap(RegionCount::region, c -> new long[] {c.households(), c.residents()}));
    }

    private void assertTallyEqualsLiveCounts() {
        List<String> live = jdbc.queryForList("select p.region_path || ':' || p.households || ':' || p.residents"
                + " from (select h.region_path, count(*) as households, (select count(*) from population_resident r"
                + " where r.region_path = h.region_path) as residents from population_household h"
                + " group by h.region_path) p order by p.region_path", String.class);
        List<String> tally = jdbc.queryForList("select region_path || ':' || households || ':' || residents"
                + " from population_grid_tally where households > 0 order by region_path", String.class);
        assertThat(tally).isEqualTo(live);
    }

    private long register(String grid, int size) throws Exception {
        StringBuilder members = new StringBuilder();
        for (int i = 0; i < size; i++) {
            members.append(i == 0 ? "" : ",").append("{\"name\":\"赵永福").append(i == 0 ? "" : i)
                    .append("\",\"idNumber\":\"").append(idNumber()).append("\",\"relation\":\"")
                    .append(i == 0 ? "户主" : "子女").append("\"}");
        }
        String body = mvc.perform(post("/api/v1/households").header("Authorization", tokens.bearer("hongqi"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"gridCode\":\"" + grid
                                + "\",\"address\":\"划转小区" + TestData.next() + "号\",\"members\":["
                                + members + "]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private static int person;

    /** Address code 110105, born on 1968-03-0x: no demo resident's and no other test's. */
    private static String idNumber() {
        String first17 = "110105196803" + String.format("%02d", 1 + person / 900) + String.format("%03d",
                100 + person++ % 900);
        return first17 + ResidentIdNumber.checkCharacter(first17);
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

    private long count(String table, String path) {
        return jdbc.queryForObject("select count(*) from " + table + " where region_path = ? or region_path like ?",
                Long.class, path, path + "/%");
    }
}
