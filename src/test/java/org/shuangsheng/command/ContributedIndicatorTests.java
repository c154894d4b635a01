package org.shuangsheng.command;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A module the command module has never heard of puts a figure on the dashboard by declaring
 * one bean. The bean is imported here only, in a context of its own, so that no other test
 * sees it.
 */
@PlatformTest
@Import({ContributedIndicatorTests.FeverClinicVisits.class, ContributedIndicatorTests.Broken.class})
class ContributedIndicatorTests {

    /** What a prevention module would contribute: one figure, answered for the region asked about. */
    static class FeverClinicVisits implements IndicatorContribution {

        @Override
        public List<Indicator> indicators(IndicatorQuery query) {
            return List.of(new Indicator("test.feverClinicVisits", "test.feverClinicVisits", IndicatorArea.PREVENTION,
                    query.date().getDayOfMonth(), "test.unit.person",
                    List.of(new Indicator.Breakdown(query.regionCode() + "01", "测试下级 " + query.regionPath(), 7)),
                    null));
        }
    }

    /** A contribution that fails must not take the others down with it. */
    static class Broken implements IndicatorContribution {

        @Override
        public List<Indicator> indicators(IndicatorQuery query) {
            throw new IllegalStateException("this module's database is down");
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    ApiTokensForTests tokens;

    @Test
    void aContributedIndicatorAppearsWithNoEditToTheCommandModuleAndABrokenOneIsLeftOut() throws Exception {
        mvc.perform(get("/dashboard").param("date", "2020-03-17").with(users.as("commander")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"area-PREVENTION\"")))
                .andExpect(content().string(containsString("id=\"indicator-test-feverClinicVisits\"")))
                .andExpect(content().string(containsString("测试下级 230506")))
                .andExpect(content().string(containsString("id=\"indicator-region-grids\"")));
        mvc.perform(get("/api/v1/dashboard/indicators").param("date", "2020-03-17").param("regionCode", "230506001")
                        .header("Authorization", tokens.bearer("commander")))
                .andExpect(status().isOk())
                // Other modules contribute to the same area, so the figure is found by its key.
                .andExpect(jsonPath("$[?(@.key == 'test.feverClinicVisits')].area", hasItem("PREVENTION")))
                .andExpect(jsonPath("$[?(@.key == 'test.feverClinicVisits')].value", hasItem(17)))
                .andExpect(jsonPath("$[?(@.key == 'test.feverClinicVisits')].breakdown[0].name",
                        hasItem("测试下级 230506/001")))
                .andExpect(jsonPath("$[*].key", hasItem("region.grids")));
    }
}
