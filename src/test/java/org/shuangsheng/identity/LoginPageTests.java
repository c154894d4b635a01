package org.shuangsheng.identity;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.shuangsheng.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@PlatformTest
class LoginPageTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theLoginPageIsChineseByDefault() throws Exception {
        mvc.perform(get("/login").header("Accept-Language", "en-US"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"zh-CN\">")))
                .andExpect(content().string(containsString("用户名")));
    }

    @Test
    void theLoginPageSpeaksEnglishOnRequest() throws Exception {
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Username")))
                .andExpect(header().string("Set-Cookie", containsString("shuangsheng-lang=en")));
    }

    @Test
    void everyDemoAccountSignsInWithTheDemoPassword() throws Exception {
        for (String user : new String[] {"commander", "admin", "hongqi", "weijian", "grid01", "grid02", "cadre01", "guard01",
                "ent01", "farmer01"}) {
            mvc.perform(formLogin("/login").user(user).password("Shuangsheng@2020"))
                    .andExpect(authenticated().withUsername(user))
                    .andExpect(redirectedUrl("/"));
        }
    }

    @Test
    void aFailedLoginSaysNothingAboutWhichPartWasWrong() throws Exception {
        mvc.perform(formLogin("/login").user("commander").password("wrong"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("nobody").password("wrong"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void pagesNeedASignedInUser() throws Exception {
        mvc.perform(get("/regions").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void pagesAreNeverCached() throws Exception {
        mvc.perform(get("/login")).andExpect(header().string("Cache-Control", containsString("no-store")));
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        mvc.perform(logout()).andExpect(redirectedUrl("/login?logout"));
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", containsString("object-src 'none'")))
                .andExpect(header().string("Content-Security-Policy", containsString("base-uri 'none'")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().exists("Referrer-Policy"));
    }
}
