package org.shuangsheng;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every paged list of the API refuses a page size beyond its limit, or a negative page, with a
 * 400 problem naming the parameter: a client asking for too much learns why instead of getting
 * a server error.
 */
@PlatformTest
class ApiPagingLimitsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokensForTests tokens;

    @ParameterizedTest(name = "{1} as {0}")
    @CsvSource({
        "commander, /api/v1/regions, 5001",
        "commander, /api/v1/households, 1001",
        "commander, /api/v1/quarantines, 1001",
        "commander, /api/v1/alerts, 501",
        "commander, /api/v1/audit-events, 100000",
        "commander, /api/v1/notifications, 100000",
        "commander, /api/v1/enterprises, 1001",
        "commander, /api/v1/enterprise-reviews, 1001",
        "commander, /api/v1/service-requests, 1001",
        "commander, /api/v1/daily-reports/completeness, 501",
        "ent01, /api/v1/enterprises/1/returning-workers, 1001",
    })
    void aPageTooLargeOrNegativeIsA400NamingTheParameter(String user, String path, String tooLarge) throws Exception {
        String bearer = tokens.bearer(user);
        mvc.perform(get(path).param("size", tooLarge).header("Authorization", bearer))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItem("size")));
        mvc.perform(get(path).param("page", "-1").header("Authorization", bearer))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItem("page")));
    }
}
