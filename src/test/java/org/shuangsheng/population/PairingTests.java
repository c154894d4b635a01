package org.shuangsheng.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditFilter;
import org.shuangsheng.audit.AuditQueries;
import org.shuangsheng.identity.AccountForm;
import org.shuangsheng.identity.AccountManagement;
import org.shuangsheng.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.DispatcherServlet;

/** 包保: a cadre sees exactly the households it answers for, and nothing else. */
@PlatformTest
class PairingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    AuditQueries audit;

    @Autowired
    org.shuangsheng.identity.internal.Accounts storage;

    long demoHousehold(String grid, int index) {
        return jdbc.queryForList("select id from population_household where grid_code = ? and demo order by id",
                Long.class, grid).get(index);
    }

    String newCadre(String username) {
        return newAccount(username, Role.CADRE, null);
    }

    String newAccount(String username, Role role, String regionCodes) {
        AccountForm form = new AccountForm();
        form.setUsername(username);
        form.setDisplayName("包保干部");
        form.setRole(role);
        form.setRegionCodes(regionCodes);
        long id = accounts.create(form).account().id();
        // A new account must first replace its temporary password; this cadre already has.
        storage.changePassword(id, "Paired-Cadre-2020", java.time.Instant.now());
        return username;
    }

    @Test
    void aCadreSeesTheHouseholdItIsPairedWithAndNoOther() throws Exception {
        String cadre = newCadre("cadre-pair-a");
        long paired = demoHousehold("23050600100103", 0);
        long other = demoHousehold("23050600100103", 1);
        mvc.perform(post("/households/" + paired + "/pairing").with(users.as("hongqi")).with(csrf())
                        .param("cadre", cadre))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/households/" + paired).with(users.as(cadre))).andExpect(status().isOk());
        mvc.perform(get("/households/" + other).with(users.as(cadre))).andExpect(status().isNotFound());
        mvc.perform(get("/households").with(users.as(cadre)))
                .andExpect(content().string(containsString("/households/" + paired + "\"")))
                .andExpect(content().string(not(containsString("/households/" + other + "\""))));
    }

    @Test
    void pairingAWholeGridCoversEveryHouseholdInIt() throws Exception {
        String cadre = newCadre("cadre-pair-b");
        mvc.perform(post("/households/pairings").with(users.as("hongqi")).with(csrf()).param("cadre", cadre)
                        .param("gridCode", "23050600100104"))
                .andExpect(status().is3xxRedirection());
        // Every household of the grid: its demo ones and any another test registered there.
        Long inGrid = jdbc.queryForObject("select count(*) from population_household where grid_code = ?", Long.class,
                "23050600100104");
        mvc.perform(get("/api/v1/households").param("gridCode", "23050600100104")
                        .header("Authorization", tokens.bearer(cadre)))
                .andExpect(header().string("X-Total-Count", Long.toString(inGrid)));
        mvc.perform(get("/households/" + demoHousehold("23050600100105", 0)).with(users.as(cadre)))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyAnOfficerOfTheSubtreePairsAndOnlyWithACadre() throws Exception {
        long household = demoHousehold("23050600100103", 2);
        mvc.perform(post("/households/" + household + "/pairing").with(users.as("grid01")).with(csrf())
                        .param("cadre", "cadre01"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/households/" + household + "/pairing").with(users.as("hongqi")).with(csrf())
                        .param("cadre", "grid02"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("没有名为“grid02”的在用包保干部账号")));
    }

    long pairingOf(String cadre) {
        return jdbc.queryForObject("select p.id from population_pairing p join identity_user a"
                + " on a.id = p.cadre_user_id where a.username = ?", Long.class, cadre);
    }

    @Test
    void anOfficerUnpairsAHouseholdOnItsPageAndTheCadreLosesItAtOnce() throws Exception {
        String cadre = newCadre("cadre-pair-c");
        long household = demoHousehold("23050600100201", 0);
        mvc.perform(post("/households/" + household + "/pairing").with(users.as("hongqi")).with(csrf())
                        .param("cadre", cadre))
                .andExpect(status().is3xxRedirection());
        long pairing = pairingOf(cadre);
        mvc.perform(get("/households/" + household).with(users.as("hongqi")))
                .andExpect(content().string(allOf(containsString("cadre-pair-c"),
                        containsString("/households/" + household + "/pairings/" + pairing + "/remove"))));
        // The cadre sees the list of its cadres, but no unpair button.
        mvc.perform(get("/households/" + household).with(users.as(cadre)))
                .andExpect(content().string(allOf(containsString("cadre-pair-c"), not(containsString("/remove\"")))));
        mvc.perform(post("/households/" + household + "/pairings/" + pairing + "/remove").with(users.as(cadre))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/households/" + household + "/pairings/" + pairing + "/remove").with(users.as("hongqi"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "population.flash.unpaired"));
        mvc.perform(get("/households/" + household).with(users.as(cadre))).andExpect(status().isNotFound());
        mvc.perform(get("/households").with(users.as(cadre)))
                .andExpect(content().string(not(containsString("/households/" + household + "\""))));
        assertThat(audit.search(new AuditFilter("hongqi", AuditAction.UPDATE, null, null), PageRequest.of(0, 20))
                .getContent()).anyMatch(e -> e.objectId().equals(Long.toString(household))
                        && e.detail().equals("unpaired from " + cadre));
    }

    @Test
    void unpairingAWholeGridByTheApiTakesEveryHouseholdOfItFromTheCadre() throws Exception {
        String cadre = newCadre("cadre-pair-d");
        mvc.perform(post("/households/pairings").with(users.as("hongqi")).with(csrf()).param("cadre", cadre)
                        .param("gridCode", "23050600100202"))
                .andExpect(status().is3xxRedirection());
        long household = demoHousehold("23050600100202", 3);
        mvc.perform(get("/households/" + household).with(users.as("hongqi")))
                .andExpect(content().string(containsString("包保整个网格 23050600100202")));
        long pairing = pairingOf(cadre);
        mvc.perform(delete("/api/v1/pairings/" + pairing).header("Authorization", tokens.bearer("grid01")))
                .andExpect(status().isForbidden());
        // An officer of another subdistrict does not find it.
        String yuejin = newAccount("officer-yuejin-d", Role.SUBDISTRICT_OFFICER, "230506002");
        mvc.perform(delete("/api/v1/pairings/" + pairing).header("Authorization", tokens.bearer(yuejin)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/households/" + household).header("Authorization", tokens.bearer(cadre)))
                .andExpect(status().isOk());
        mvc.perform(delete("/api/v1/pairings/" + pairing).header("Authorization", tokens.bearer("hongqi")))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/households/" + household).header("Authorization", tokens.bearer(cadre)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/households").header("Authorization", tokens.bearer(cadre)))
                .andExpect(header().string("X-Total-Count", "0"));
        mvc.perform(delete("/api/v1/pairings/" + pairing).header("Authorization", tokens.bearer("hongqi")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aRefusedGridPairingIsShownAsAnErrorNotAsASuccess() throws Exception {
        var refused = mvc.perform(post("/households/pairings").with(users.as("hongqi")).with(csrf())
                        .param("cadre", "grid02").param("gridCode", "23050600100101"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError", "population.pairing.noCadre"))
                .andExpect(flash().attributeCount(2))
                .andReturn().getFlashMap();
        // The page the browser is sent to, with the message the redirect carried.
        mvc.perform(get("/households").param("grid", "23050600100101").with(users.as("hongqi"))
                        .requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, refused))
                .andExpect(content().string(allOf(containsString("alert-danger"), containsString("id=\"flash-error\""),
                        containsString("没有名为“grid02”的在用包保干部账号"), not(containsString("alert-success")))));
    }
}
