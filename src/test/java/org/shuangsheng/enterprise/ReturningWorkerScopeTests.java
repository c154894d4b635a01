package org.shuangsheng.enterprise;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.identity.Role;
import org.shuangsheng.identity.internal.UserAccount;
import org.shuangsheng.identity.internal.UserAccountRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who reaches which returning workers: the liaison its own enterprise's, the paired cadre its
 * enterprises' (read only), officials their subtree, the health department all (read only);
 * everyone else is refused at the route. Outside one's reach a worker or enterprise is not found.
 */
@PlatformTest
class ReturningWorkerScopeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    Clock clock;

    /** An enterprise in 跃进街道, outside hongqi's subtree, not paired with cadre01, not ent01's. */
    long yuejin() throws Exception {
        return EnterpriseFixtures.register(mvc, tokens, "commander", "跃进返岗范围有限公司", EnterpriseFixtures.YUEJIN);
    }

    @Test
    void theLiaisonReachesOnlyItsOwnEnterprisesWorkers() throws Exception {
        long other = yuejin();
        long foreign = ReturningWorkerFixtures.worker(mvc, tokens, "commander", other, "蒋外企", null, true);
        long own = ReturningWorkerFixtures.worker(mvc, tokens, "ent01", 1, "蒋本企", ReturningWorkerFixtures.today(),
                true);
        String ent01 = tokens.bearer("ent01");
        mvc.perform(get("/api/v1/enterprises/1/returning-workers").param("size", "1000")
                        .header("Authorization", ent01))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].enterpriseId", everyItem(is(1))))
                .andExpect(jsonPath("$[*].id", hasItem((int) own)))
                .andExpect(jsonPath("$[*].id", not(hasItem((int) foreign))));
        mvc.perform(get("/api/v1/enterprises/" + other + "/returning-workers").header("Authorization", ent01))
                .andExpect(status().isNotFound());
        for (String path : List.of("/enterprises/" + other + "/returning-workers",
                "/enterprises/" + other + "/returning-workers/export",
                "/enterprises/" + other + "/returning-workers/" + foreign,
                "/enterprises/1/returning-workers/" + foreign,
                "/enterprises/1/returning-workers/" + foreign + "/edit")) {
            mvc.perform(get(path).with(users.as("ent01"))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/enterprises/" + other + "/returning-workers").header("HX-Request", "true")
                        .with(users.as("ent01")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/returning-workers/" + foreign + "/release").header("Authorization", ent01)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"提前解除\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/enterprises/" + other + "/returning-workers").header("Authorization", ent01)
                        .contentType(MediaType.APPLICATION_JSON).content(ReturningWorkerFixtures.json("蒋越权",
                                ReturningWorkerFixtures.idNumber(), "北京", null, false, null, null)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/enterprises/1/returning-workers/" + foreign + "/release").with(users.as("ent01"))
                        .with(csrf()).param("note", "提前解除"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/enterprises/1/returning-workers/" + own).with(users.as("ent01")))
                .andExpect(status().isOk());
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("select released_on is null from"
                + " enterprise_returning_worker where id = ?", Boolean.class, foreign)).isTrue();
    }

    @Test
    void officialsReachTheirSubtreeAndTheCommanderAll() throws Exception {
        long other = yuejin();
        long foreign = ReturningWorkerFixtures.worker(mvc, tokens, "commander", other, "韩跃进", null, false);
        long hongqi = EnterpriseFixtures.register(mvc, tokens, "hongqi", "红旗返岗范围有限公司",
                EnterpriseFixtures.HONGQI);
        long mine = ReturningWorkerFixtures.worker(mvc, tokens, "hongqi", hongqi, "韩红旗", null, false);
        mvc.perform(get("/enterprises/" + hongqi + "/returning-workers/" + mine).with(users.as("hongqi")))
                .andExpect(status().isOk());
        mvc.perform(get("/enterprises/" + other + "/returning-workers").with(users.as("hongqi")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/enterprises/" + other + "/returning-workers/" + foreign).with(users.as("hongqi")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/enterprises/" + other + "/returning-workers")
                        .header("Authorization", tokens.bearer("hongqi")).contentType(MediaType.APPLICATION_JSON)
                        .content(ReturningWorkerFixtures.json("韩越界", ReturningWorkerFixtures.idNumber(), "北京", null,
                                false, null, null)))
                .andExpect(status().isNotFound());
        for (long[] pair : new long[][] {{other, foreign}, {hongqi, mine}}) {
            mvc.perform(get("/enterprises/" + pair[0] + "/returning-workers/" + pair[1]).with(users.as("commander")))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void theHealthDepartmentReadsButNoOtherDepartmentDoes() throws Exception {
        long other = yuejin();
        long worker = ReturningWorkerFixtures.worker(mvc, tokens, "commander", other, "曹卫健",
                ReturningWorkerFixtures.today(), true);
        mvc.perform(get("/enterprises/" + other + "/returning-workers/" + worker).with(users.as("weijian")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/enterprises/" + other + "/returning-workers")
                        .header("Authorization", tokens.bearer("weijian")))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/returning-workers/" + worker + "/release")
                        .header("Authorization", tokens.bearer("weijian")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\":\"提前解除\"}"))
                .andExpect(status().isForbidden());
        if (accounts.findByUsername("gongxin").isEmpty()) {
            accounts.save(new UserAccount("gongxin", "区工信局", "{noop}x", Role.DEPARTMENT, Set.of("230506"), null,
                    null, false, clock.instant()));
            jdbc.update("update identity_user set department = 'INDUSTRY' where username = 'gongxin'");
        }
        mvc.perform(get("/enterprises/" + other + "/returning-workers").with(users.as("gongxin")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/enterprises/" + other + "/returning-workers/" + worker).with(users.as("gongxin")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/enterprises/" + other + "/returning-workers")
                        .header("Authorization", tokens.bearer("gongxin")))
                .andExpect(status().isForbidden());
        // The enterprise itself stays open to every department.
        mvc.perform(get("/enterprises/" + other).with(users.as("gongxin"))).andExpect(status().isOk());
    }

    @Test
    void thePairedCadreReadsItsEnterprisesWorkersAndChangesNothing() throws Exception {
        long other = yuejin();
        long own = ReturningWorkerFixtures.worker(mvc, tokens, "ent01", 1, "魏包保", null, false);
        long foreign = ReturningWorkerFixtures.worker(mvc, tokens, "commander", other, "魏未包", null, false);
        mvc.perform(get("/enterprises/1/returning-workers/" + own).with(users.as("cadre01")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/enterprises/1/returning-workers").header("Authorization", tokens.bearer("cadre01")))
                .andExpect(status().isOk());
        mvc.perform(get("/enterprises/" + other + "/returning-workers/" + foreign).with(users.as("cadre01")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/enterprises/" + other + "/returning-workers")
                        .header("Authorization", tokens.bearer("cadre01")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/enterprises/1/returning-workers/" + own + "/return").with(users.as("cadre01"))
                        .with(csrf()).param("returnDate", ReturningWorkerFixtures.today().toString()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/enterprises/1/returning-workers/new").with(users.as("cadre01")))
                .andExpect(status().isForbidden());
    }

    @Test
    void gridWorkersFarmersGuardsAndTheAdministratorAreRefused() throws Exception {
        long worker = ReturningWorkerFixtures.worker(mvc, tokens, "ent01", 1, "沈拒绝", null, false);
        for (String user : List.of("grid01", "farmer01", "guard01", "admin")) {
            mvc.perform(get("/enterprises/1/returning-workers").with(users.as(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/enterprises/1/returning-workers/" + worker).with(users.as(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/enterprises/1/returning-workers/export").with(users.as(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/enterprises/1/returning-workers").header("Authorization", tokens.bearer(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/returning-workers/" + worker + "/release")
                            .header("Authorization", tokens.bearer(user)).contentType(MediaType.APPLICATION_JSON)
                            .content("{}"))
                    .andExpect(status().isForbidden());
        }
    }
}
