package org.shuangsheng.region;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.shuangsheng.HtmlPages.hides;
import static org.shuangsheng.HtmlPages.shows;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import org.junit.jupiter.api.Test;
import org.shuangsheng.HtmlPages;
import org.shuangsheng.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The region pages show the forms that change the tree only to whom the region policy lets change it. */
@PlatformTest
class RegionPageButtonsTests {

    static final String HONGQI = "230506001";

    @Autowired
    HtmlPages pages;

    @Test
    void theCommanderAndTheAdministratorAddAndImportUnitsAndOfficialsOnlyRead() throws Exception {
        pages.open("/regions?parent=" + HONGQI, "admin")
                .andExpect(shows("add-child"))
                .andExpect(content().string(containsString("href=\"/regions/import\"")));
        pages.open("/regions?parent=" + HONGQI, "hongqi")
                .andExpect(hides("add-child"))
                .andExpect(content().string(not(containsString("href=\"/regions/import\""))));
    }

    @Test
    void onlyEditorsGetTheFormsToRenameMoveAndRetireAUnit() throws Exception {
        pages.open("/regions/" + HONGQI, "commander").andExpect(shows("rename-form"));
        pages.open("/regions/" + HONGQI, "weijian").andExpect(hides("rename-form"));
    }
}
