package org.shuangsheng.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.enterprise.registration.EnterpriseImport;
import org.shuangsheng.identity.AccountManagement;
import org.shuangsheng.shared.Uscc;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Registering enterprises by form, API and import: credit codes checked and unique, phones encrypted and masked. */
@PlatformTest
class EnterpriseRegisterTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountManagement accounts;

    @Test
    void aCreditCodeWithAWrongCheckCharacterOrAlreadyRegisteredIsRefused() throws Exception {
        String good = EnterpriseFixtures.uscc();
        char wrong = good.charAt(17) == '0' ? '1' : '0';
        String bad = good.substring(0, 17) + wrong;
        assertThat(Uscc.isValid(bad)).isFalse();
        mvc.perform(post("/api/v1/enterprises").header("Authorization", tokens.bearer("hongqi"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(EnterpriseFixtures.json("校验位错", bad, EnterpriseFixtures.HONGQI)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("uscc")))
                .andExpect(jsonPath("$.errors[0].message", containsString("校验位")));
        mvc.perform(post("/api/v1/enterprises").header("Authorization", tokens.bearer("hongqi"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(EnterpriseFixtures.json("首次", good.toLowerCase(), EnterpriseFixtures.HONGQI)))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/v1/enterprises").header("Authorization", tokens.bearer("commander"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(EnterpriseFixtures.json("再次", good, EnterpriseFixtures.YUEJIN)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("已经登记")));
    }

    @Test
    void theFormComesBackWithWhatWasTypedAndTheLiaisonPhoneIsStoredEncryptedAndShownMasked() throws Exception {
        mvc.perform(post("/enterprises").with(users.as("hongqi")).with(csrf())
                        .param("name", "表单保留有限公司").param("uscc", "12345").param("industry", "C")
                        .param("size", "SMALL").param("subdistrictCode", "230506001").param("address", "胜利路9号")
                        .param("liaisonName", "周联络").param("liaisonPhone", "13911112222"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("表单保留有限公司")))
                .andExpect(content().string(containsString("胜利路9号")))
                .andExpect(content().string(containsString("统一社会信用代码格式不正确")));
        String uscc = EnterpriseFixtures.uscc();
        String location = mvc.perform(post("/enterprises").with(users.as("hongqi")).with(csrf())
                        .param("name", "加密电话有限公司").param("uscc", uscc).param("industry", "F")
                        .param("size", "MICRO").param("subdistrictCode", "230506001").param("address", "胜利路9号")
                        .param("liaisonName", "周联络").param("liaisonPhone", "13911112222")
                        .param("majorProject", "true"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(users.as("hongqi")))
                .andExpect(content().string(containsString("139****2222")))
                .andExpect(content().string(containsString("批发和零售业")));
        String stored = jdbc.queryForObject("select liaison_phone from enterprise where uscc = ?", String.class, uscc);
        assertThat(stored).doesNotContain("13911112222");
    }

    @Test
    void anImportWithOneBadRowImportsNothingAndAGoodOneImportsAll() throws Exception {
        String header = String.join(",", EnterpriseImport.COLUMNS) + "\n";
        String first = EnterpriseFixtures.uscc();
        String second = EnterpriseFixtures.uscc();
        String bad = header
                + "导入甲有限公司," + first + ",C,小型,230506001,建设路1号,张三,李四,13900001111,,20,否\n"
                + "导入乙有限公司," + second + ",Z,小型,230506001,建设路2号,张三,李四,13900001112,,20,否\n"
                + "导入丙有限公司," + first + ",制造业,小型,230506001,建设路3号,张三,李四,13900001113,,20,是\n";
        mvc.perform(multipart("/enterprises/import").file(csv(bad)).with(users.as("hongqi")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("行业门类不正确")))
                .andExpect(content().string(containsString("与第 2 行重复")));
        assertThat(jdbc.queryForObject("select count(*) from enterprise where uscc in (?, ?)", Integer.class, first,
                second)).isZero();
        String good = header
                + "导入甲有限公司," + first + ",C,小型,230506001,建设路1号,张三,李四,13900001111,,20,否\n"
                + "导入乙有限公司," + second + ",批发和零售业,微型,230506001,建设路2号,张三,李四,0469-4221234,,,是\n";
        mvc.perform(multipart("/enterprises/import").file(csv(good)).with(users.as("hongqi")).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("已导入 2 家企业")));
        assertThat(jdbc.queryForObject("select count(*) from enterprise where uscc in (?, ?)", Integer.class, first,
                second)).isEqualTo(2);
        // The template itself is valid data for a subdistrict officer of 红旗街道 only in its own row.
        mvc.perform(get("/enterprises/import/template.csv").with(users.as("hongqi")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("统一社会信用代码")));
    }

    @Test
    void theTaskForceCreatesTheLiaisonsAccountBoundToTheEnterprise() throws Exception {
        long id = EnterpriseFixtures.register(mvc, tokens, "hongqi", "账号测试有限公司", EnterpriseFixtures.HONGQI);
        String username = "liaison" + id;
        mvc.perform(post("/enterprises/" + id + "/liaison-account").with(users.as("hongqi")).with(csrf())
                        .param("username", username))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Tmp-")));
        assertThat(accounts.findEnabled(username).orElseThrow().enterpriseId()).isEqualTo(id);
        mvc.perform(post("/enterprises/" + id + "/liaison-account").with(users.as("hongqi")).with(csrf())
                        .param("username", username))
                .andExpect(status().isOk()).andExpect(content().string(containsString(username)));
    }

    @Test
    void aLiaisonSeesItsOneEnterpriseWithoutFiltersOrExportAndOfficialsSeeBoth() throws Exception {
        mvc.perform(get("/enterprises").with(users.as("ent01"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"enterprise-table\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"filter-form\""))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"export\""))));
        mvc.perform(get("/enterprises").header("HX-Request", "true").with(users.as("ent01")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"export\""))));
        mvc.perform(get("/enterprises").with(users.as("hongqi"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"filter-form\"")))
                .andExpect(content().string(containsString("id=\"export\"")));
    }

    @Test
    void theListFiltersByStatusAndIndustryAndAnswersAnHtmxRequestWithTheRowsOnly() throws Exception {
        mvc.perform(get("/api/v1/enterprises").param("status", "RESUMED").param("size", "1000")
                        .header("Authorization", tokens.bearer("commander")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].status", org.hamcrest.Matchers.everyItem(is("RESUMED"))));
        mvc.perform(get("/api/v1/enterprises").param("status", "NOPE")
                        .header("Authorization", tokens.bearer("commander")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/enterprises").param("industry", "H").header("HX-Request", "true")
                        .with(users.as("commander")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<html"))))
                .andExpect(content().string(containsString("住宿和餐饮业")));
        mvc.perform(get("/enterprises/timetable").with(users.as("commander"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/enterprises").header("Authorization", tokens.bearer("commander")))
                .andExpect(header().exists("X-Total-Count"));
    }

    private static MockMultipartFile csv(String text) {
        return new MockMultipartFile("file", "enterprises.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }
}
