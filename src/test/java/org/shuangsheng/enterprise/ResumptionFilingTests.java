package org.shuangsheng.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Filing resumes an enterprise at once; the task force checks afterwards and may return it for amendment. */
@PlatformTest
class ResumptionFilingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void filingResumesAtOnceWithTodaysDateInTheDistrictsZone() throws Exception {
        long id = EnterpriseFixtures.register(mvc, tokens, "hongqi", "即报即复有限公司", EnterpriseFixtures.HONGQI);
        mvc.perform(post("/api/v1/enterprises/" + id + "/filings").header("Authorization", tokens.bearer("hongqi"))
                        .contentType(MediaType.APPLICATION_JSON).content(EnterpriseFixtures.filing(true)))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/enterprises/" + id).header("Authorization", tokens.bearer("hongqi")))
                .andExpect(jsonPath("$.status", is("RESUMED")))
                .andExpect(jsonPath("$.plannedResumptionDate", is(EnterpriseFixtures.PLANNED)))
                .andExpect(jsonPath("$.resumedOn", is(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString())));
        mvc.perform(get("/enterprises/post-check").with(users.as("hongqi")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("即报即复有限公司")));
        // A second filing is refused: only a returned one may be amended.
        mvc.perform(post("/api/v1/enterprises/" + id + "/filings").header("Authorization", tokens.bearer("hongqi"))
                        .contentType(MediaType.APPLICATION_JSON).content(EnterpriseFixtures.filing(true)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aFilingWithoutAcceptedCommitmentOrEnoughSuppliesIsRefusedAndNothingResumes() throws Exception {
        long id = EnterpriseFixtures.register(mvc, tokens, "hongqi", "未承诺有限公司", EnterpriseFixtures.HONGQI);
        mvc.perform(post("/api/v1/enterprises/" + id + "/filings").header("Authorization", tokens.bearer("hongqi"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(EnterpriseFixtures.filing(false).replace("\"suppliesDays\":5", "\"suppliesDays\":2")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("commitmentAccepted")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("suppliesDays")));
        mvc.perform(get("/api/v1/enterprises/" + id).header("Authorization", tokens.bearer("hongqi")))
                .andExpect(jsonPath("$.status", is("NOT_FILED")));
        // On the page, the form comes back with what was typed and the message by the box.
        mvc.perform(post("/enterprises/" + id + "/filing").with(users.as("hongqi")).with(csrf())
                        .param("preventionLead", "赵防疫员").param("emergencyPlan", "预案文字甲乙丙"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("赵防疫员")))
                .andExpect(content().string(containsString("预案文字甲乙丙")))
                .andExpect(content().string(containsString("请勾选确认承诺书")));
    }

    @Test
    void aReturnedFilingIsAmendedAndGoesBackOnThePostCheckList() throws Exception {
        long id = EnterpriseFixtures.register(mvc, tokens, "hongqi", "退回修改有限公司", EnterpriseFixtures.HONGQI);
        mvc.perform(post("/api/v1/enterprises/" + id + "/filings").header("Authorization", tokens.bearer("hongqi"))
                        .contentType(MediaType.APPLICATION_JSON).content(EnterpriseFixtures.filing(true)))
                .andExpect(status().isCreated());
        mvc.perform(post("/enterprises/" + id + "/filing/return").with(users.as("hongqi")).with(csrf())
                        .param("reason", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请写明退回原因")));
        mvc.perform(post("/enterprises/" + id + "/filing/return").with(users.as("weijian")).with(csrf())
                        .param("reason", "隔离室位置不明确"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/enterprises/" + id).with(users.as("hongqi")))
                .andExpect(content().string(containsString("隔离室位置不明确")))
                .andExpect(content().string(containsString("修改报备")));
        mvc.perform(get("/enterprises/post-check").param("state", "RETURNED").with(users.as("hongqi")))
                .andExpect(content().string(containsString("退回修改有限公司")));
        // The enterprise stays resumed while it amends.
        mvc.perform(get("/api/v1/enterprises/" + id).header("Authorization", tokens.bearer("hongqi")))
                .andExpect(jsonPath("$.status", is("RESUMED")));
        mvc.perform(post("/enterprises/" + id + "/filing").with(users.as("hongqi")).with(csrf())
                        .param("preventionLead", "王防疫").param("preventionLeadPhone", "13812345678")
                        .param("emergencyPlan", "预案").param("staffScreening", "排查").param("suppliesDays", "7")
                        .param("isolationRoom", "true").param("disinfection", "隔离室设在一楼东侧，每日消杀")
                        .param("plannedResumptionDate", EnterpriseFixtures.PLANNED).param("commitmentSignatory", "张总")
                        .param("commitmentAccepted", "true"))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/enterprises/" + id).with(users.as("hongqi")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("隔离室设在一楼东侧").contains("待核查").doesNotContain("id=\"return-reason\"");
        mvc.perform(get("/enterprises/post-check").with(users.as("hongqi")))
                .andExpect(content().string(containsString("退回修改有限公司")));
        mvc.perform(post("/enterprises/" + id + "/filing/check").with(users.as("hongqi")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/enterprises/post-check").with(users.as("hongqi")))
                .andExpect(content().string(not(containsString("退回修改有限公司"))));
    }

    @Test
    void eachStepIsAuditedUnderTheNameOfWhoeverTookIt() throws Exception {
        long id = EnterpriseFixtures.register(mvc, tokens, "hongqi", "逐步留痕有限公司", EnterpriseFixtures.HONGQI);
        fileAsHongqi(id);
        String resumedOn = JsonPath.read(mvc.perform(get("/api/v1/enterprises/" + id)
                        .header("Authorization", tokens.bearer("hongqi")))
                .andReturn().getResponse().getContentAsString(), "$.resumedOn");
        mvc.perform(post("/enterprises/" + id + "/filing/return").with(users.as("weijian")).with(csrf())
                        .param("reason", "隔离室位置不明确"))
                .andExpect(status().is3xxRedirection());
        fileAsHongqi(id);
        mvc.perform(post("/enterprises/" + id + "/status").with(users.as("weijian")).with(csrf())
                        .param("status", "SUSPENDED"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/enterprises/" + id + "/status").with(users.as("hongqi")).with(csrf())
                        .param("status", "RESUMED"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForList("select username || ' ' || object_type || ' ' || detail from audit_event"
                + " where object_type in ('enterprise', 'enterprise-filing') and object_id = ?"
                + " and action in ('CREATE', 'UPDATE') order by id", String.class, Long.toString(id)))
                .containsExactly("hongqi enterprise subdistrict " + EnterpriseFixtures.HONGQI,
                        "hongqi enterprise-filing filed, commitment signed by the enterprise",
                        "hongqi enterprise resumed on " + resumedOn,
                        "weijian enterprise-filing returned",
                        "hongqi enterprise-filing amended (1)",
                        "weijian enterprise status RESUMED -> SUSPENDED",
                        "hongqi enterprise status SUSPENDED -> RESUMED");
    }

    private void fileAsHongqi(long id) throws Exception {
        mvc.perform(post("/api/v1/enterprises/" + id + "/filings").header("Authorization", tokens.bearer("hongqi"))
                        .contentType(MediaType.APPLICATION_JSON).content(EnterpriseFixtures.filing(true)))
                .andExpect(status().isCreated());
    }

    /**
     * The walk itself (filing, resuming, the day's report) is {@code EnterpriseResumptionIT}'s; it
     * needs the demo enterprise still unfiled when it runs on the same database after this suite.
     */
    @Test
    void ent01FindsItsNotYetFiledDemoEnterpriseReadyToFile() throws Exception {
        String ent01 = tokens.bearer("ent01");
        mvc.perform(get("/api/v1/enterprises/1").header("Authorization", ent01))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name", is("宝山区红旗食品有限公司")))
                .andExpect(jsonPath("$.status", is("NOT_FILED")))
                .andExpect(jsonPath("$.liaisonPhone", containsString("****")));
        mvc.perform(get("/enterprises/1").with(users.as("ent01")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"file-link\"")));
        mvc.perform(get("/enterprises/1/filing").with(users.as("ent01")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("本企业承诺")));
        mvc.perform(get("/enterprises/1/edit").with(users.as("ent01"))).andExpect(status().isForbidden());
    }
}
