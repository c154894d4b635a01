package org.shuangsheng.command;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@PlatformTest
class FramePagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Test
    void theHomePageShowsTheNavigationOfTheUsersRole() throws Exception {
        mvc.perform(get("/").with(users.as("commander")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("区指挥部"), containsString("href=\"/regions\""))));
        mvc.perform(get("/").with(users.as("farmer01")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("农户/居民"), not(containsString("href=\"/regions\"")))));
    }

    @Test
    void theHomePageSpeaksEnglishAfterTheSwitch() throws Exception {
        mvc.perform(get("/").param("lang", "en").with(users.as("commander")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Regions and grids"), containsString("<html lang=\"en\">"))));
    }

    @Test
    void librariesAreServedFromWebJars() throws Exception {
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
        mvc.perform(get("/webjars/echarts/dist/echarts.min.js")).andExpect(status().isOk());
    }

    @Test
    void healthIsPublic() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    /** Issue 11, finding 11: the API description and Swagger UI were open to anyone. */
    @Test
    void theApiDescriptionAndSwaggerUiNeedSignIn() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/swagger-ui.html")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/v3/api-docs").with(users.as("grid01"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/regions']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/auth/token']").exists());
    }
}
