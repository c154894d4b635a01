package org.shuangsheng.population;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The household pages show a button only to whom the population policy lets through it. */
@PlatformTest
class PopulationPageButtonsTests {

    static final String GRID01 = "23050600100101";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    DemoUsers users;

    private ResultActions page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(users.as(user)).accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
    }

    private static String id(String id) {
        return "id=\"" + id + "\"";
    }

    @Test
    void gridWorkersRegisterAndOnlyTheSubdistrictPairsOnTheList() throws Exception {
        page("/households", "grid01")
                .andExpect(content().string(containsString(id("new-household"))))
                .andExpect(content().string(containsString(id("import-roster"))))
                .andExpect(content().string(not(containsString(id("grid-pairing-form")))));
        page("/households", "hongqi")
                .andExpect(content().string(containsString(id("new-household"))))
                .andExpect(content().string(containsString(id("grid-pairing-form"))));
        page("/households", "weijian")
                .andExpect(content().string(not(containsString(id("new-household")))))
                .andExpect(content().string(not(containsString(id("import-roster")))));
    }

    @Test
    void onTheHouseholdOnlyTheSubdistrictPairsAndOnlyWritersMoveResidents() throws Exception {
        String body = mvc.perform(post("/api/v1/households").header("Authorization", tokens.bearer("grid01"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"gridCode\":\"" + GRID01
                                + "\",\"address\":\"按钮小区" + TestData.next() + "号\",\"members\":[{\"name\":\"孙桂兰\","
                                + "\"idNumber\":\"" + TestData.idNumber() + "\",\"relation\":\"户主\"}]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long household = ((Number) JsonPath.read(body, "$.id")).longValue();
        page("/households/" + household, "hongqi")
                .andExpect(content().string(containsString(id("pairing-form"))))
                .andExpect(content().string(containsString(id("resident-move"))));
        page("/households/" + household, "grid01")
                .andExpect(content().string(not(containsString(id("pairing-form")))))
                .andExpect(content().string(containsString(id("resident-move"))));
        page("/households/" + household, "weijian")
                .andExpect(content().string(not(containsString(id("pairing-form")))))
                .andExpect(content().string(not(containsString(id("resident-move")))));
    }
}
