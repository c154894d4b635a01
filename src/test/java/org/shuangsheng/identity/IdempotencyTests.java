package org.shuangsheng.identity;

import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.shuangsheng.TestData;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PlatformTest
class IdempotencyTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokensForTests tokens;

    MockHttpServletRequestBuilder createGrid(String key, String code, String name) {
        return post("/api/v1/regions").header("Authorization", tokens.bearer("commander"))
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"" + code + "\",\"name\":\"" + name
                        + "\",\"kind\":\"GRID\",\"parentCode\":\"230506004002\"}");
    }

    @Test
    void aResentWriteGetsTheFirstAnswerAndCreatesNothingTwice() throws Exception {
        String key = TestData.tag("idem");
        mvc.perform(createGrid(key, "23050600400211", "第11网格"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.code", is("23050600400211")));
        // Without the key the repeat would be refused as a duplicate code; with it, it is the same answer.
        mvc.perform(createGrid(key, "23050600400211", "第11网格"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(header().string("Location", "/api/v1/regions/23050600400211"))
                .andExpect(jsonPath("$.path", is("230506/004/002/11")));
        mvc.perform(createGrid(TestData.tag("idem"), "23050600400211", "第11网格"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("code")));
    }

    @Test
    void aKeyReusedForAnotherRequestIsRefused() throws Exception {
        String key = TestData.tag("idem");
        mvc.perform(createGrid(key, "23050600400212", "第12网格")).andExpect(status().isCreated());
        mvc.perform(createGrid(key, "23050600400213", "第13网格"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.status", is(422)));
    }

    @Test
    void aRejectedWriteIsRemembered() throws Exception {
        String key = TestData.tag("idem");
        mvc.perform(createGrid(key, "bad", "第14网格")).andExpect(status().isBadRequest());
        mvc.perform(createGrid(key, "bad", "第14网格"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Idempotent-Replayed", "true"));
    }
}
