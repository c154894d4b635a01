package org.shuangsheng.screening;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** A JSON body of the wrong shape names the field to fix, in the caller's language, and saves nothing. */
@PlatformTest
class JsonBodyShapeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    JdbcTemplate jdbc;

    ScreeningFixtures fixtures;
    long round;
    ScreeningFixtures.Household household;

    @BeforeEach
    void setUp() throws Exception {
        fixtures = new ScreeningFixtures(mvc, tokens);
        round = fixtures.openRound("hongqi", ScreeningFixtures.HONGQI);
        household = fixtures.household("grid01", ScreeningFixtures.GRID01, 1);
    }

    ResultActions visit(String finding, String language) throws Exception {
        return mvc.perform(post("/api/v1/screening-rounds/" + round + "/visits")
                .header("Authorization", tokens.bearer("grid01")).header("Accept-Language", language)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"householdId\":" + household.id() + ",\"mode\":\"IN_PERSON\",\"findings\":[" + finding
                        + "]}"));
    }

    int visitsOfTheHousehold() {
        return jdbc.queryForObject("select count(*) from screening_visit where household_id = ?", Integer.class,
                household.id());
    }

    @Test
    void aListWhereTextBelongsNamesTheFindingsFieldAndSaysTextIsExpected() throws Exception {
        visit("{\"residentId\":" + household.residents().get(0) + ",\"present\":true,\"temperature\":\"36.5\","
                + "\"symptoms\":[\"cough\"]}", "zh-CN")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field", is("findings[0].symptoms")))
                .andExpect(jsonPath("$.errors[0].message", is("应为文本。")));
        assertThat(visitsOfTheHousehold()).isZero();
    }

    @Test
    void textWhereABooleanBelongsSaysTrueOrFalseInTheCallersLanguage() throws Exception {
        visit("{\"residentId\":" + household.residents().get(0) + ",\"present\":\"yes\"}", "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("findings[0].present")))
                .andExpect(jsonPath("$.errors[0].message", is("Must be true or false.")));
        assertThat(visitsOfTheHousehold()).isZero();
    }

    @Test
    void aMisspelledFieldIsRefusedByNameRatherThanSilentlyDropped() throws Exception {
        visit("{\"residentId\":" + household.residents().get(0) + ",\"present\":true,\"temprature\":\"38.9\"}",
                "zh-CN")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("findings[0].temprature")))
                .andExpect(jsonPath("$.errors[0].message", is("没有这个字段，请检查字段名。")));
        assertThat(visitsOfTheHousehold()).isZero();
    }

    @Test
    void textWhereANumberBelongsSaysANumberIsExpected() throws Exception {
        mvc.perform(post("/api/v1/screening-rounds/" + round + "/visits")
                        .header("Authorization", tokens.bearer("grid01")).header("Accept-Language", "zh-CN")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"householdId\":\"第三户\",\"mode\":\"IN_PERSON\",\"findings\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("householdId")))
                .andExpect(jsonPath("$.errors[0].message", is("应为数字。")));
    }

    @Test
    void aBodyThatIsNotJsonAtAllStillSaysSoWithoutAField() throws Exception {
        mvc.perform(post("/api/v1/screening-rounds/" + round + "/visits")
                        .header("Authorization", tokens.bearer("grid01")).header("Accept-Language", "zh-CN")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"householdId\": 1,"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", is("请求体不是有效的 JSON。")))
                .andExpect(jsonPath("$.errors").doesNotExist());
        assertThat(visitsOfTheHousehold()).isZero();
    }
}
