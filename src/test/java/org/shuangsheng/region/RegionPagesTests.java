package org.shuangsheng.region;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@PlatformTest
class RegionPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    RegionQueries queries;

    @Test
    void commanderBrowsesFromDistrictToGrids() throws Exception {
        mvc.perform(get("/regions").with(users.as("commander")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("宝山区")));
        mvc.perform(get("/regions").param("parent", "230506001001").with(users.as("commander")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("红旗街道"), containsString("建设社区"),
                        containsString("第1网格"), containsString("23050600100105"))));
    }

    @Test
    void htmxSearchAnswersOnlyTheResults() throws Exception {
        mvc.perform(get("/regions").param("parent", "230506101").param("q", "万兴")
                        .header("HX-Request", "true").with(users.as("commander")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("万兴国村"), not(containsString("<html")), not(containsString("navbar")),
                        not(containsString("福胜村")), containsString("/regions/export?parent=230506101&amp;q="))));
    }

    @Test
    void commanderAddsAGridAndSeesItListed() throws Exception {
        mvc.perform(post("/regions").with(users.as("commander")).with(csrf())
                        .param("parentCode", "230506002003").param("code", "23050600200307")
                        .param("name", "第7网格").param("kind", "GRID"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/regions?parent=230506002003"))
                .andExpect(flash().attribute("flash", "region.flash.created"));
        mvc.perform(get("/regions").param("parent", "230506002003").with(users.as("commander")))
                .andExpect(content().string(containsString("第7网格")));
    }

    @Test
    void aBadFormComesBackWithWhatWasTypedAndAMessageByTheField() throws Exception {
        mvc.perform(post("/regions").with(users.as("commander")).with(csrf())
                        .param("parentCode", "230506002003").param("code", "23050600200301")
                        .param("name", "我的新网格").param("kind", "GRID"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"我的新网格\""),
                        containsString("编码 23050600200301 已被使用"), containsString("is-invalid"))));
    }

    @Test
    void formErrorsSpeakEnglishAfterTheSwitch() throws Exception {
        mvc.perform(post("/regions").with(users.as("commander")).with(csrf()).param("lang", "en")
                        .param("parentCode", "230506002003").param("code", "abc")
                        .param("name", "Grid").param("kind", "GRID"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The code must be 2 to 20 digits.")));
    }

    @Test
    void renameWithAnEmptyNameKeepsTheOldNameAndSaysWhy() throws Exception {
        mvc.perform(post("/regions/230506003001/rename").with(users.as("commander")).with(csrf()).param("name", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("请填写名称")));
        org.assertj.core.api.Assertions.assertThat(queries.find("230506003001").orElseThrow().name())
                .isEqualTo("建设社区");
    }

    @Test
    void subdistrictOfficerMayReadButNotChangeTheTree() throws Exception {
        mvc.perform(get("/regions").with(users.as("hongqi"))).andExpect(status().isOk());
        mvc.perform(post("/regions").with(users.as("hongqi")).with(csrf())
                        .param("parentCode", "230506001001").param("code", "23050600100188")
                        .param("name", "越权网格").param("kind", "GRID"))
                .andExpect(status().isForbidden());
    }

    @Test
    void gridWorkersFarmersAndEnterprisesDoNotManageRegions() throws Exception {
        for (String user : new String[] {"grid01", "farmer01", "ent01", "guard01", "cadre01"}) {
            mvc.perform(get("/regions").with(users.as(user)).accept(MediaType.TEXT_HTML))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void anUnknownUnitIsA404PageInChinese() throws Exception {
        mvc.perform(get("/regions/999999").with(users.as("commander")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
    }

    @Test
    void postingWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/regions/230506003001/rename").with(users.as("commander")).param("name", "无令牌"))
                .andExpect(status().isForbidden());
    }
}
