package org.shuangsheng.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.region.NewRegion;
import org.shuangsheng.region.RegionKind;
import org.shuangsheng.region.RegionManagement;
import org.shuangsheng.region.RegionQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A subdistrict handed to another district when boundaries are redrawn takes its enterprises
 * along with their filings, reports and requests: the old district's commander no longer
 * reaches them.
 */
@PlatformTest
class EnterpriseRegionMoveTests {

    static final String SUBDISTRICT = "230506093";
    static final String OTHER_DISTRICT = "230597";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RegionManagement regions;

    @Autowired
    RegionQueries regionQueries;

    @Test
    void anEnterpriseAndItsRecordsGoWithTheirSubdistrictToAnotherDistrict() throws Exception {
        regions.create(new NewRegion(SUBDISTRICT, "划转街道", RegionKind.STREET, "230506"));
        regions.create(new NewRegion(OTHER_DISTRICT, "邻区", RegionKind.DISTRICT, null));
        long id = EnterpriseFixtures.register(mvc, tokens, "commander", "划转街道测试企业有限公司", SUBDISTRICT);
        mvc.perform(post("/api/v1/enterprises/" + id + "/filings").header("Authorization", tokens.bearer("commander"))
                .contentType(MediaType.APPLICATION_JSON).content(EnterpriseFixtures.filing(true)))
                .andExpect(status().is2xxSuccessful());
        mvc.perform(get("/api/v1/enterprises/" + id).header("Authorization", tokens.bearer("commander")))
                .andExpect(status().isOk());
        long worker = ReturningWorkerFixtures.worker(mvc, tokens, "commander", id, "周返岗",
                ReturningWorkerFixtures.today(), true);

        regions.move(SUBDISTRICT, OTHER_DISTRICT);

        String path = regionQueries.find(SUBDISTRICT).orElseThrow().path();
        assertThat(path).startsWith(regionQueries.find(OTHER_DISTRICT).orElseThrow().path() + "/");
        assertThat(jdbc.queryForObject("select region_path from enterprise where id = ?", String.class, id))
                .isEqualTo(path);
        assertThat(jdbc.queryForList("select region_path from enterprise_filing where enterprise_id = ?", String.class,
                id)).containsExactly(path);
        assertThat(jdbc.queryForObject("select region_path from enterprise_returning_worker where id = ?",
                String.class, worker)).isEqualTo(path);
        mvc.perform(get("/api/v1/enterprises/" + id).header("Authorization", tokens.bearer("commander")))
                .andExpect(status().isNotFound());
        // The suite shares one database with the browser tests: leave no second live district.
        regions.retire(SUBDISTRICT);
        regions.retire(OTHER_DISTRICT);
    }
}
