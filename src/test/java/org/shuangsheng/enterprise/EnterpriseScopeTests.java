package org.shuangsheng.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each role reaches only its part of the enterprises: the liaison its own, a cadre those paired
 * to it, a subdistrict officer its subtree; anything else answers 404 or is not listed.
 */
@PlatformTest
class EnterpriseScopeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    DemoUsers users;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void ent01SeesAndChangesOnlyItsOwnEnterprise() throws Exception {
        long other = EnterpriseFixtures.register(mvc, tokens, "hongqi", "红旗外企有限公司", EnterpriseFixtures.HONGQI);
        String ent01 = tokens.bearer("ent01");
        mvc.perform(get("/api/v1/enterprises").header("Authorization", ent01))
                .andExpect(status().isOk()).andExpect(header().string("X-Total-Count", "1"))
                .andExpect(jsonPath("$[0].id", is(1)));
        mvc.perform(get("/api/v1/enterprises/" + other).header("Authorization", ent01))
                .andExpect(status().isNotFound());
        mvc.perform(get("/enterprises/" + other).with(users.as("ent01")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
        mvc.perform(get("/enterprises/" + other + "/filing").with(users.as("ent01")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/enterprises/" + other + "/filings").header("Authorization", ent01)
                        .contentType(MediaType.APPLICATION_JSON).content(EnterpriseFixtures.filing(true)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/enterprises/" + other + "/filing").with(users.as("ent01")).with(csrf())
                        .param("preventionLead", "王").param("commitmentAccepted", "true"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/enterprises/" + other).header("Authorization", tokens.bearer("hongqi")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status", is("NOT_FILED")));
        mvc.perform(get("/enterprises").with(users.as("ent01")))
                .andExpect(content().string(not(containsString("红旗外企有限公司"))));
        assertThat(exportedNames("ent01")).hasSize(1);
        assertThat(jdbc.queryForObject("select detail from audit_event where username = 'ent01'"
                + " and action = 'EXPORT' and object_type = 'enterprise' order by id desc limit 1", String.class))
                .isEqualTo("1 enterprises");
        // The liaison files for its own enterprise but changes nothing else.
        mvc.perform(get("/enterprises/1/edit").with(users.as("ent01"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/enterprises").header("Authorization", ent01)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(EnterpriseFixtures.json("自建", EnterpriseFixtures.uscc(), EnterpriseFixtures.HONGQI)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aSubdistrictOfficerReachesOnlyItsSubtree() throws Exception {
        long yuejin = EnterpriseFixtures.register(mvc, tokens, "commander", "跃进测试有限公司", EnterpriseFixtures.YUEJIN);
        String hongqi = tokens.bearer("hongqi");
        mvc.perform(get("/api/v1/enterprises").param("size", "1000").header("Authorization", hongqi))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].subdistrictCode", everyItem(is(EnterpriseFixtures.HONGQI))));
        mvc.perform(get("/api/v1/enterprises").param("subdistrictCode", EnterpriseFixtures.YUEJIN)
                        .header("Authorization", hongqi))
                .andExpect(header().string("X-Total-Count", "0"));
        mvc.perform(get("/api/v1/enterprises/" + yuejin).header("Authorization", hongqi))
                .andExpect(status().isNotFound());
        mvc.perform(post("/enterprises/" + yuejin + "/filing/return").with(users.as("hongqi")).with(csrf())
                        .param("reason", "不在辖区"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/enterprises/" + yuejin + "/pairings").with(users.as("hongqi")).with(csrf())
                        .param("cadre", "cadre01"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/enterprises").header("Authorization", hongqi)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(EnterpriseFixtures.json("越界", EnterpriseFixtures.uscc(), EnterpriseFixtures.YUEJIN)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("subdistrictCode")));
        assertThat(exportedNames("hongqi")).doesNotContain("跃进测试有限公司");
        assertThat(exportedNames("commander")).contains("跃进测试有限公司");
    }

    @Test
    void aCadreSeesOnlyThePairedEnterprisesAndLosesThemWhenUnpaired() throws Exception {
        long paired = EnterpriseFixtures.register(mvc, tokens, "hongqi", "包保测试有限公司", EnterpriseFixtures.HONGQI);
        String cadre = tokens.bearer("cadre01");
        mvc.perform(get("/api/v1/enterprises/" + paired).header("Authorization", cadre))
                .andExpect(status().isNotFound());
        mvc.perform(post("/enterprises/" + paired + "/pairings").with(users.as("hongqi")).with(csrf())
                        .param("cadre", "cadre01"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/enterprises/" + paired).header("Authorization", cadre))
                .andExpect(status().isOk());
        String page = mvc.perform(get("/enterprises/" + paired).with(users.as("hongqi")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher remove = java.util.regex.Pattern
                .compile("/enterprises/" + paired + "/pairings/(\\d+)/remove").matcher(page);
        assertThat(remove.find()).isTrue();
        mvc.perform(post("/enterprises/" + paired + "/pairings/" + remove.group(1) + "/remove")
                        .with(users.as("hongqi")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/enterprises/" + paired).header("Authorization", cadre))
                .andExpect(status().isNotFound());
        // The demo pairs cadre01 with five enterprises of 红旗街道, ent01's among them; other tests may add more.
        Integer pairedCount = jdbc.queryForObject("select count(distinct p.enterprise_id) from enterprise_pairing p"
                + " join identity_user u on u.id = p.cadre_user_id where u.username = 'cadre01'", Integer.class);
        assertThat(pairedCount).isGreaterThanOrEqualTo(5);
        mvc.perform(get("/api/v1/enterprises").header("Authorization", cadre))
                .andExpect(header().string("X-Total-Count", pairedCount.toString()));
    }

    @Test
    void aGridWorkerAFarmerAndTheAdministratorSeeNoEnterprise() throws Exception {
        for (String user : new String[] {"grid01", "farmer01", "admin", "guard01"}) {
            mvc.perform(get("/api/v1/enterprises").header("Authorization", tokens.bearer(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/enterprises/1").header("Authorization", tokens.bearer(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/enterprises").with(users.as(user)).accept(MediaType.TEXT_HTML))
                    .andExpect(status().isForbidden());
        }
    }

    private java.util.List<String> exportedNames(String user) throws Exception {
        byte[] export = mvc.perform(get("/enterprises/export").with(users.as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        java.util.List<String> names = new java.util.ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            var sheet = workbook.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                names.add(sheet.getRow(r).getCell(1).getStringCellValue());
            }
        }
        return names;
    }
}
