package org.shuangsheng.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuangsheng.TestData;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditFilter;
import org.shuangsheng.audit.AuditQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A resident moves from one household to another (she marries into it, or was registered in the
 * wrong one): the region follows the new household, both households keep the move, and nobody
 * moves anyone out of or into a household outside their charge.
 */
@PlatformTest
class ResidentMoveTests {

    static final String GRID01 = PopulationScopeTests.GRID01;
    static final String GRID02 = PopulationScopeTests.GRID02;
    static final String GRID01_B = "23050600100102";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditQueries audit;

    /** A household of a head and, for each further relation, one more member; answers its id. */
    long household(String user, String grid, String address, String... relations) throws Exception {
        StringBuilder members = new StringBuilder("{\"name\":\"王建国\",\"idNumber\":\"")
                .append(PopulationScopeTests.idNumber()).append("\",\"relation\":\"户主\"}");
        String[] names = {"王小红", "李秀英", "王小明"};
        for (int i = 0; i < relations.length; i++) {
            members.append(",{\"name\":\"").append(names[i]).append("\",\"idNumber\":\"")
                    .append(PopulationScopeTests.idNumber()).append("\",\"relation\":\"").append(relations[i])
                    .append("\"}");
        }
        String body = mvc.perform(post("/api/v1/households").header("Authorization", tokens.bearer(user))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"gridCode\":\"" + grid + "\",\"address\":\"" + address + "\",\"members\":["
                                + members + "]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    static String unique(String address) {
        return address + TestData.next() + "室";
    }

    long member(long household, String name) {
        return jdbc.queryForObject("select id from population_resident where household_id = ? and name = ?",
                Long.class, household, name);
    }

    ResultActions moveByApi(String user, long resident, String json) throws Exception {
        return mvc.perform(post("/api/v1/residents/" + resident + "/move").header("Authorization", tokens.bearer(user))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void aDaughterMarriesIntoAHouseholdOfAnotherGridAndBothHouseholdsKeepTheMove() throws Exception {
        long home = household("hongqi", GRID01, unique("娘家小区1栋"), "子女");
        long husbands = household("hongqi", GRID01_B, unique("婆家小区2栋"));
        long daughter = member(home, "王小红");
        moveByApi("hongqi", daughter, "{\"householdId\":" + husbands + ",\"relation\":\"配偶\",\"reason\":\"结婚\"}")
                .andExpect(status().isNoContent());

        String bearer = tokens.bearer("hongqi");
        mvc.perform(get("/api/v1/households/" + husbands).header("Authorization", bearer))
                .andExpect(jsonPath("$.members[*].name", hasItem("王小红")))
                .andExpect(jsonPath("$.members[?(@.name == '王小红')].relation", hasItem("SPOUSE")));
        mvc.perform(get("/api/v1/households/" + home).header("Authorization", bearer))
                .andExpect(jsonPath("$.members[*].name", not(hasItem("王小红"))));
        String husbandsPath = jdbc.queryForObject("select region_path from population_household where id = ?",
                String.class, husbands);
        assertThat(jdbc.queryForObject("select region_path from population_resident where id = ?", String.class,
                daughter)).isEqualTo(husbandsPath).endsWith(GRID01_B.substring(GRID01_B.length() - 2));

        mvc.perform(get("/households/" + home).with(users.as("hongqi")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"resident-move-table\""), containsString("结婚"),
                        containsString("迁出本户"), containsString("/households/" + husbands + "\""))));
        mvc.perform(get("/households/" + husbands).with(users.as("hongqi")))
                .andExpect(content().string(allOf(containsString("结婚"), containsString("迁入本户"),
                        containsString("子女 → 配偶"))));
        assertThat(audit.search(new AuditFilter("hongqi", AuditAction.UPDATE, null, null), PageRequest.of(0, 50))
                .getContent())
                .anyMatch(e -> "resident".equals(e.objectType()) && e.objectId().equals(Long.toString(daughter))
                        && e.detail().contains("to " + husbands));
    }

    @Test
    void aGridWorkerCannotMoveAResidentOfAnotherGridsHouseholdNorIntoOne() throws Exception {
        long ours = household("grid01", GRID01, unique("本网格3栋"), "子女");
        long theirs = household("grid02", GRID02, unique("邻网格3栋"), "子女");
        long theirDaughter = member(theirs, "王小红");
        long ourDaughter = member(ours, "王小红");

        moveByApi("grid01", theirDaughter, "{\"householdId\":" + ours + ",\"reason\":\"登记错误\"}")
                .andExpect(status().isNotFound());
        moveByApi("grid01", ourDaughter, "{\"householdId\":" + theirs + ",\"reason\":\"登记错误\"}")
                .andExpect(status().isNotFound());
        mvc.perform(post("/households/" + theirs + "/residents/move").with(users.as("grid01")).with(csrf())
                        .param("residentId", Long.toString(theirDaughter)).param("householdId", Long.toString(ours))
                        .param("reason", "登记错误"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/households/" + theirs + "/move-targets").param("q", "本网格").with(users.as("grid01")))
                .andExpect(status().isNotFound());
        // A resident named through a household of one's own but living elsewhere is not found either.
        mvc.perform(post("/households/" + ours + "/residents/move").with(users.as("grid01")).with(csrf())
                        .param("residentId", Long.toString(theirDaughter)).param("householdId", Long.toString(ours))
                        .param("reason", "登记错误"))
                .andExpect(status().isNotFound());
        assertThat(List.of(member(theirs, "王小红"), member(ours, "王小红")))
                .containsExactly(theirDaughter, ourDaughter);
        // The search for a household to move into lists only the worker's own grids.
        mvc.perform(get("/households/" + ours + "/move-targets").param("q", "邻网格3栋").header("HX-Request", "true")
                        .with(users.as("grid01")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("value=\"" + theirs + "\""))));
    }

    @Test
    void theHeadMovesOutOnlyWithANewHeadNamedForThoseWhoStay() throws Exception {
        long home = household("grid01", GRID01, unique("老宅4栋"), "配偶", "子女");
        long other = household("grid01", GRID01, unique("新居4栋"));
        long head = member(home, "王建国");
        long wife = member(home, "李秀英");
        moveByApi("grid01", head, "{\"householdId\":" + other + ",\"relation\":\"SIBLING\",\"reason\":\"投靠兄弟\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("newHeadId")));
        moveByApi("grid01", head, "{\"householdId\":" + other + ",\"relation\":\"HEAD\",\"newHeadId\":" + wife
                        + ",\"reason\":\"投靠兄弟\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("relation")));
        moveByApi("grid01", head, "{\"householdId\":" + other + ",\"relation\":\"SIBLING\",\"newHeadId\":"
                        + member(other, "王建国") + ",\"reason\":\"投靠兄弟\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("newHeadId")));
        moveByApi("grid01", head, "{\"householdId\":" + other + ",\"relation\":\"SIBLING\",\"newHeadId\":" + wife
                        + ",\"reason\":\"投靠兄弟\"}")
                .andExpect(status().isNoContent());
        assertThat(jdbc.queryForObject("select relation from population_resident where id = ?", String.class, wife))
                .isEqualTo("HEAD");
        assertThat(jdbc.queryForObject("select relation from population_resident where id = ?", String.class, head))
                .isEqualTo("SIBLING");
    }

    @Test
    void onTheHouseholdPageAWorkerFindsTheNewHouseholdAndARefusalKeepsWhatWasTyped() throws Exception {
        long home = household("grid01", GRID01, unique("花园5栋"), "子女");
        String address = unique("果园5栋");
        long target = household("grid01", GRID01, address);
        long daughter = member(home, "王小红");
        mvc.perform(get("/households/" + home).with(users.as("grid01")))
                .andExpect(content().string(allOf(containsString("id=\"resident-move-form\""),
                        containsString("id=\"move-target-search\""))));
        mvc.perform(get("/households/" + home + "/move-targets").param("q", address).header("HX-Request", "true")
                        .with(users.as("grid01")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"" + target + "\""), containsString(address),
                        not(containsString("<html")))));
        // Without a reason the move is refused; the page keeps the chosen household and member.
        mvc.perform(post("/households/" + home + "/residents/move").with(users.as("grid01")).with(csrf())
                        .param("residentId", Long.toString(daughter)).param("householdId", Long.toString(target))
                        .param("relation", "CHILD").param("q", address).param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("请填写迁移原因"),
                        containsString("value=\"" + target + "\" checked"))));
        mvc.perform(post("/households/" + home + "/residents/move").with(users.as("grid01")).with(csrf())
                        .param("residentId", Long.toString(daughter)).param("householdId", Long.toString(target))
                        .param("relation", "CHILD").param("reason", "登记时户别有误"))
                .andExpect(redirectedUrl("/households/" + home))
                .andExpect(flash().attribute("flash", is("population.flash.residentMoved")));
        assertThat(member(target, "王小红")).isEqualTo(daughter);
    }

    @Test
    void aCadreOrADepartmentMayNotMoveResidents() throws Exception {
        long home = household("grid01", GRID01, unique("六号院6栋"), "子女");
        long other = household("grid01", GRID01, unique("七号院6栋"));
        for (String user : new String[] {"weijian", "commander"}) {
            moveByApi(user, member(home, "王小红"), "{\"householdId\":" + other + ",\"reason\":\"登记错误\"}")
                    .andExpect(status().isForbidden());
        }
    }
}
