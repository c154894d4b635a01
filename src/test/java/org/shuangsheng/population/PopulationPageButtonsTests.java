package org.shuangsheng.population;

import static org.shuangsheng.HtmlPages.hides;
import static org.shuangsheng.HtmlPages.shows;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.HtmlPages;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The household pages show a button only to whom the population policy lets through it. */
@PlatformTest
class PopulationPageButtonsTests {

    static final String GRID01 = "23050600100101";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    HtmlPages pages;

    @Test
    void gridWorkersRegisterAndOnlyTheSubdistrictPairsOnTheList() throws Exception {
        pages.open("/households", "grid01")
                .andExpect(shows("new-household"))
                .andExpect(shows("import-roster"))
                .andExpect(hides("grid-pairing-form"));
        pages.open("/households", "hongqi")
                .andExpect(shows("new-household"))
                .andExpect(shows("grid-pairing-form"));
        pages.open("/households", "weijian")
                .andExpect(hides("new-household"))
                .andExpect(hides("import-roster"));
    }

    @Test
    void onTheHouseholdOnlyTheSubdistrictPairsAndOnlyWritersMoveResidents() throws Exception {
        String body = mvc.perform(post("/api/v1/households").header("Authorization", tokens.bearer("grid01"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"gridCode\":\"" + GRID01
                                + "\",\"address\":\"按钮小区" + TestData.next() + "号\",\"members\":[{\"name\":\"孙桂兰\","
                                + "\"idNumber\":\"" + TestData.idNumber() + "\",\"relation\":\"户主\"}]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long household = ((Number) JsonPath.read(body, "$.id")).longValue();
        pages.open("/households/" + household, "hongqi")
                .andExpect(shows("pairing-form"))
                .andExpect(shows("resident-move"));
        pages.open("/households/" + household, "grid01")
                .andExpect(hides("pairing-form"))
                .andExpect(shows("resident-move"));
        pages.open("/households/" + household, "weijian")
                .andExpect(hides("pairing-form"))
                .andExpect(hides("resident-move"));
    }
}
