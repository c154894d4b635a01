package org.shuangsheng.population;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 11, finding 11: a right-to-left override (U+202E) was accepted in a resident's name, which
 * then shows reversed wherever it is listed.
 */
@PlatformTest
class BidiControlsInNamesTests {

    static final String GRID01 = "23050600100101";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokensForTests tokens;

    @Test
    void aMemberNamedWithARightToLeftOverrideIsRefusedNamingTheField() throws Exception {
        mvc.perform(post("/api/v1/households").header("Authorization", tokens.bearer("grid01"))
                        .header("Accept-Language", "zh-CN").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"gridCode\":\"" + GRID01 + "\",\"address\":\"" + TestData.tag("翻转小区") + "号\","
                                + "\"members\":[{\"name\":\"王\u202E国\",\"idNumber\":\"" + TestData.idNumber()
                                + "\",\"relation\":\"户主\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("members[0].name")))
                .andExpect(jsonPath("$.errors[?(@.field == 'members[0].name')].message",
                        hasItem("姓名不能超过 60 个字，也不能包含换行或看不见的控制字符。")));
    }
}
