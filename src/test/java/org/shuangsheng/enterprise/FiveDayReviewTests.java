package org.shuangsheng.enterprise;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The paired cadre reviews a resumed enterprise every five days; the task force sees what is due and overdue. */
@PlatformTest
class FiveDayReviewTests {

    static final String ALL_IN_PLACE = "\"recordsKept\":true,\"temperatureChecks\":true,\"disinfection\":true,"
            + "\"supplies\":true,\"isolationRoom\":true,\"returningWorkerChecks\":true";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    DemoUsers users;

    @Test
    void onlyThePairedCadreReviewsAndTheNextReviewFallsDueFiveDaysLater() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        long id = EnterpriseFixtures.register(mvc, tokens, "hongqi", "复核测试有限公司", EnterpriseFixtures.HONGQI);
        String hongqi = tokens.bearer("hongqi");
        mvc.perform(post("/api/v1/enterprises/" + id + "/filings").header("Authorization", hongqi)
                        .contentType(MediaType.APPLICATION_JSON).content(EnterpriseFixtures.filing(true)))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/enterprises/" + id).header("Authorization", hongqi))
                .andExpect(jsonPath("$.nextReviewDue", is(today.plusDays(5).toString())));
        String cadre = tokens.bearer("cadre01");
        String pass = "{" + ALL_IN_PLACE + ",\"outcome\":\"PASS\"}";
        mvc.perform(post("/api/v1/enterprises/" + id + "/reviews").header("Authorization", cadre)
                        .contentType(MediaType.APPLICATION_JSON).content(pass))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/enterprises/" + id + "/reviews").header("Authorization", hongqi)
                        .contentType(MediaType.APPLICATION_JSON).content(pass))
                .andExpect(status().isForbidden());
        mvc.perform(post("/enterprises/" + id + "/pairings").with(users.as("hongqi")).with(csrf())
                        .param("cadre", "cadre01"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/api/v1/enterprises/" + id + "/reviews").header("Authorization", cadre)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(pass.replace("\"supplies\":true", "\"supplies\":false")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("outcome")));
        mvc.perform(post("/api/v1/enterprises/" + id + "/reviews").header("Authorization", cadre)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{" + ALL_IN_PLACE + ",\"outcome\":\"RECTIFY\",\"notes\":\"消杀记录不全\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("rectifyBy")));
        mvc.perform(post("/enterprises/" + id + "/review").with(users.as("cadre01")).with(csrf())
                        .param("recordsKept", "true").param("temperatureChecks", "true").param("disinfection", "false")
                        .param("supplies", "true").param("isolationRoom", "true")
                        .param("returningWorkerChecks", "true").param("outcome", "RECTIFY")
                        .param("rectifyBy", today.plusDays(3).toString()).param("notes", "车间消杀记录不全"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/enterprises/" + id).header("Authorization", hongqi))
                .andExpect(jsonPath("$.nextReviewDue", is(today.plusDays(5).toString())));
        mvc.perform(get("/enterprises/" + id).with(users.as("weijian")))
                .andExpect(content().string(Matchers.containsString("车间消杀记录不全")))
                .andExpect(content().string(Matchers.containsString("限期整改")));
        mvc.perform(get("/enterprises/" + id + "/review").with(users.as("hongqi"))).andExpect(status().isForbidden());
    }

    @Test
    void theOverdueListHoldsOnlyResumedEnterprisesPastTheirDueDateWithinTheScope() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String body = mvc.perform(get("/api/v1/enterprise-reviews").param("list", "overdue").param("size", "1000")
                        .header("Authorization", tokens.bearer("commander")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].overdue", everyItem(is(true))))
                .andReturn().getResponse().getContentAsString();
        java.util.List<String> dues = com.jayway.jsonpath.JsonPath.read(body, "$[*].due");
        org.assertj.core.api.Assertions.assertThat(dues).isNotEmpty()
                .allSatisfy(d -> org.assertj.core.api.Assertions.assertThat(LocalDate.parse(d)).isBefore(today));
        mvc.perform(get("/api/v1/enterprise-reviews").param("size", "1000")
                        .header("Authorization", tokens.bearer("hongqi")))
                .andExpect(jsonPath("$[*].subdistrictCode", everyItem(is(EnterpriseFixtures.HONGQI))));
        mvc.perform(get("/enterprises/reviews").param("list", "OVERDUE").with(users.as("commander")))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("review-table")));
        mvc.perform(get("/api/v1/enterprise-reviews").header("Authorization", tokens.bearer("ent01")))
                .andExpect(status().isForbidden());
    }
}
