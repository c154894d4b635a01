package org.shuangsheng.region;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The region pages show the forms that change the tree only to whom the region policy lets change it. */
@PlatformTest
class RegionPageButtonsTests {

    static final String HONGQI = "230506001";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    private ResultActions page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(users.as(user)).accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
    }

    @Test
    void theCommanderAndTheAdministratorAddAndImportUnitsAndOfficialsOnlyRead() throws Exception {
        page("/regions?parent=" + HONGQI, "admin")
                .andExpect(content().string(containsString("id=\"add-child\"")))
                .andExpect(content().string(containsString("href=\"/regions/import\"")));
        page("/regions?parent=" + HONGQI, "hongqi")
                .andExpect(content().string(not(containsString("id=\"add-child\""))))
                .andExpect(content().string(not(containsString("href=\"/regions/import\""))));
    }

    @Test
    void onlyEditorsGetTheFormsToRenameMoveAndRetireAUnit() throws Exception {
        page("/regions/" + HONGQI, "commander")
                .andExpect(content().string(containsString("id=\"rename-form\"")));
        page("/regions/" + HONGQI, "weijian")
                .andExpect(content().string(not(containsString("id=\"rename-form\""))));
    }
}
