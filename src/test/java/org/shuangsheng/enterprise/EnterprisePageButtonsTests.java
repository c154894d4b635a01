package org.shuangsheng.enterprise;

import static org.shuangsheng.HtmlPages.hides;
import static org.shuangsheng.HtmlPages.shows;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.HtmlPages;
import org.shuangsheng.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The enterprise pages show a button only to whom the enterprise policy lets through it. */
@PlatformTest
class EnterprisePageButtonsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    DemoUsers users;

    @Autowired
    HtmlPages pages;

    @Test
    void theTaskForceSeesRegisterImportAndProgressButtonsOnTheListAndOthersDoNot() throws Exception {
        pages.open("/enterprises", "hongqi")
                .andExpect(shows("new-enterprise"))
                .andExpect(shows("import-enterprises"))
                .andExpect(shows("resumption-link"))
                .andExpect(shows("post-check-link"))
                .andExpect(shows("completeness-link"))
                .andExpect(shows("requests-link"))
                .andExpect(shows("reviews-link"));
        pages.open("/enterprises", "cadre01")
                .andExpect(hides("new-enterprise"))
                .andExpect(hides("resumption-link"))
                .andExpect(hides("requests-link"))
                .andExpect(shows("reviews-link"));
        pages.open("/enterprises", "ent01")
                .andExpect(hides("import-enterprises"))
                .andExpect(hides("reviews-link"))
                .andExpect(shows("requests-link"));
    }

    @Test
    void onlyTheLiaisonSeesTheButtonToSubmitARequest() throws Exception {
        pages.open("/enterprises/requests", "ent01").andExpect(shows("new-request"));
        pages.open("/enterprises/requests", "commander").andExpect(hides("new-request"));
    }

    @Test
    void onlyThePairedCadreSeesTheReviewButtonAndOnlyOfficialsTheFilingAndEditButtons() throws Exception {
        long id = EnterpriseFixtures.register(mvc, tokens, "hongqi", "按钮测试有限公司", EnterpriseFixtures.HONGQI);
        pages.open("/enterprises/" + id, "hongqi")
                .andExpect(shows("file-link"))
                .andExpect(shows("edit-link"))
                .andExpect(shows("returning-workers-link"));
        mvc.perform(post("/api/v1/enterprises/" + id + "/filings").header("Authorization", tokens.bearer("hongqi"))
                        .contentType(MediaType.APPLICATION_JSON).content(EnterpriseFixtures.filing(true)))
                .andExpect(status().isCreated());
        mvc.perform(post("/enterprises/" + id + "/pairings").with(users.as("hongqi")).with(csrf())
                        .param("cadre", "cadre01"))
                .andExpect(status().is3xxRedirection());
        pages.open("/enterprises/" + id, "cadre01")
                .andExpect(shows("review-link"))
                .andExpect(hides("edit-link"))
                .andExpect(hides("daily-report-link"));
        pages.open("/enterprises/" + id, "hongqi")
                .andExpect(hides("review-link"))
                .andExpect(shows("daily-report-link"));
    }
}
