package org.shuangsheng.command;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The home page says where a user works in the names people use, the code on hover. */
@PlatformTest
class HomeRegionNamesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Test
    void aGridWorkersHomeNamesItsGridWithItsCommunity() throws Exception {
        mvc.perform(get("/").with(users.as("grid01")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "title=\"23050600100101\">红旗街道 · 建设社区 · 第1网格</span>")));
    }

    @Test
    void anOfficersHomeNamesItsSubdistrict() throws Exception {
        mvc.perform(get("/").with(users.as("hongqi")))
                .andExpect(content().string(containsString("title=\"230506001\">红旗街道</span>")));
    }
}
