package org.shuangsheng.identity;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.shuangsheng.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 11, finding 8: an encoded slash in a path was refused by the security firewall with an
 * exception that reached the container, whose bare error page answered even on the API.
 */
@PlatformTest
class RejectedRequestProblemsTests {

    @Autowired
    MockMvc mvc;

    @Test
    void anEncodedSlashInAnApiPathIsA400ProblemInTheCallersLanguage() throws Exception {
        mvc.perform(get(URI.create("/api/v1/regions/230506%2F001")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail", containsString("不允许的字符")));
        mvc.perform(get(URI.create("/api/v1/regions/230506%2F001")).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("not allowed")));
    }

    @Test
    void anEncodedSlashInAPagePathIsA400ForThePlatformsErrorPage() throws Exception {
        mvc.perform(get(URI.create("/regions/230506%2F001")))
                .andExpect(status().isBadRequest());
    }
}
