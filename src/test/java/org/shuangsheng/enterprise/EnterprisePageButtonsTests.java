package org.shuangsheng.enterprise;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The enterprise pages show a button only to whom the enterprise policy lets through it. */
@PlatformTest
class EnterprisePageButtonsTests {

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
    void theTaskForceSeesRegisterImportAndProgressButtonsOnTheListAndOthersDoNot() throws Exception {
        page("/enterprises", "hongqi")
                .andExpect(content().string(containsString(id("new-enterprise"))))
                .andExpect(content().string(containsString(id("import-enterprises"))))
                .andExpect(content().string(containsString(id("resumption-link"))))
                .andExpect(content().string(containsString(id("post-check-link"))))
                .andExpect(content().string(containsString(id("completeness-link"))))
                .andExpect(content().string(containsString(id("requests-link"))))
                .andExpect(content().string(containsString(id("reviews-link"))));
        page("/enterprises", "cadre01")
                .andExpect(content().string(not(containsString(id("new-enterprise")))))
                .andExpect(content().string(not(containsString(id("resumption-link")))))
                .andExpect(content().string(not(containsString(id("requests-link")))))
                .andExpect(content().string(containsString(id("reviews-link"))));
        page("/enterprises", "ent01")
                .andExpect(content().string(not(containsString(id("import-enterprises")))))
                .andExpect(content().string(not(containsString(id("reviews-link")))))
                .andExpect(content().string(containsString(id("requests-link"))));
    }

    @Test
    void onlyTheLiaisonSeesTheButtonToSubmitARequest() throws Exception {
        page("/enterprises/requests", "ent01").andExpect(content().string(containsString(id("new-request"))));
        page("/enterprises/requests", "commander")
                .andExpect(content().string(not(containsString(id("new-request")))));
    }

    @Test
    void onlyThePairedCadreSeesTheReviewButtonAndOnlyOfficialsTheFilingAndEditButtons() throws Exception {
        long id = EnterpriseFixtures.register(mvc, tokens, "hongqi", "按钮测试有限公司", EnterpriseFixtures.HONGQI);
        page("/enterprises/" + id, "hongqi")
                .andExpect(content().string(containsString(id("file-link"))))
                .andExpect(content().string(containsString(id("edit-link"))))
                .andExpect(content().string(containsString(id("returning-workers-link"))));
        mvc.perform(post("/api/v1/enterprises/" + id + "/filings").header("Authorization", tokens.bearer("hongqi"))
                        .contentType(MediaType.APPLICATION_JSON).content(EnterpriseFixtures.filing(true)))
                .andExpect(status().isCreated());
        mvc.perform(post("/enterprises/" + id + "/pairings").with(users.as("hongqi")).with(csrf())
                        .param("cadre", "cadre01"))
                .andExpect(status().is3xxRedirection());
        page("/enterprises/" + id, "cadre01")
                .andExpect(content().string(containsString(id("review-link"))))
                .andExpect(content().string(not(containsString(id("edit-link")))))
                .andExpect(content().string(not(containsString(id("daily-report-link")))));
        page("/enterprises/" + id, "hongqi")
                .andExpect(content().string(not(containsString(id("review-link")))))
                .andExpect(content().string(containsString(id("daily-report-link"))));
    }
}
