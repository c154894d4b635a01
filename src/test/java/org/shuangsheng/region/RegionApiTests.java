package org.shuangsheng.region;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@PlatformTest
class RegionApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokensForTests tokens;

    @Test
    void listsTheChildrenOfAUnitInTreeOrder() throws Exception {
        mvc.perform(get("/api/v1/regions").param("parentCode", "230506").header("Authorization", tokens.bearer("grid01")))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "11"))
                .andExpect(jsonPath("$[0].code", is("230506001")))
                .andExpect(jsonPath("$[0].name", is("红旗街道")))
                .andExpect(jsonPath("$[0].level", is("SUBDISTRICT")))
                .andExpect(jsonPath("$[0].kind", is("STREET")))
                .andExpect(jsonPath("$[0].parentCode", is("230506")))
                .andExpect(jsonPath("$[0].path", is("230506/001")));
    }

    @Test
    void filtersByLevel() throws Exception {
        mvc.perform(get("/api/v1/regions").param("level", "COMMUNITY").header("Authorization", tokens.bearer("commander")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].level", everyItem(is("COMMUNITY"))))
                .andExpect(jsonPath("$[*].name", hasItem("福胜村")));
    }

    @Test
    void anUnknownLevelIsAFieldError() throws Exception {
        mvc.perform(get("/api/v1/regions").param("level", "PROVINCE").header("Authorization", tokens.bearer("commander")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field", is("level")));
    }

    @Test
    void readsOneUnitOrAnswers404() throws Exception {
        mvc.perform(get("/api/v1/regions/230506101").header("Authorization", tokens.bearer("commander")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name", is("七星镇")))
                .andExpect(jsonPath("$.kind", is("TOWN")));
        mvc.perform(get("/api/v1/regions/404404").header("Authorization", tokens.bearer("commander")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void createsAGridAndAnswers201WithItsPath() throws Exception {
        mvc.perform(post("/api/v1/regions").header("Authorization", tokens.bearer("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"23050610120106\",\"name\":\"第6网格\",\"kind\":\"GRID\",\"parentCode\":\"230506101201\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/regions/23050610120106"))
                .andExpect(jsonPath("$.path", is("230506/101/201/06")))
                .andExpect(jsonPath("$.level", is("GRID")));
    }

    @Test
    void validationErrorsNameEveryFieldInTheCallersLanguage() throws Exception {
        mvc.perform(post("/api/v1/regions").header("Authorization", tokens.bearer("admin"))
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"x1\",\"name\":\"\",\"kind\":\"GRID\",\"parentCode\":\"nope\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'code')].message", hasItem("The code must be 2 to 20 digits.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message", hasItem("Enter a name.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'parentCode')].message", hasItem("There is no unit with code nope.")));
        mvc.perform(post("/api/v1/regions").header("Authorization", tokens.bearer("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"230506009\",\"name\":\"新街道\",\"kind\":\"CITY\",\"parentCode\":\"230506\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("kind")))
                .andExpect(jsonPath("$.errors[0].message", is("类型须为 DISTRICT、STREET、TOWN、COMMUNITY、VILLAGE 或 GRID。")));
    }

    @Test
    void malformedJsonIsAProblemNotAStackTrace() throws Exception {
        mvc.perform(post("/api/v1/regions").header("Authorization", tokens.bearer("admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"code\": "))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", is("请求体不是有效的 JSON。")));
    }

    @Test
    void onlyCommanderAndAdminCreateUnits() throws Exception {
        for (String user : new String[] {"grid01", "hongqi", "ent01", "farmer01"}) {
            mvc.perform(post("/api/v1/regions").header("Authorization", tokens.bearer(user))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"code\":\"23050600100199\",\"name\":\"越权\",\"kind\":\"GRID\",\"parentCode\":\"230506001001\"}"))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
    }

    @Test
    void withoutATokenTheApiAnswers401() throws Exception {
        mvc.perform(get("/api/v1/regions"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
