package org.shuangsheng.population;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.identity.AccountForm;
import org.shuangsheng.identity.AccountManagement;
import org.shuangsheng.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

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
    org.shuangsheng.identity.internal.Accounts storage;

    long demoHousehold(String grid, int index) {
        return jdbc.queryForList("select id from population_household where grid_code = ? and demo order by id",
                Long.class, grid).get(index);
    }

    String newCadre(String username) {
        AccountForm form = new AccountForm();
        form.setUsername(username);
        form.setDisplayName("包保干部");
        form.setRole(Role.CADRE);
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
        mvc.perform(get("/api/v1/households").param("gridCode", "23050600100104")
                        .header("Authorization", tokens.bearer(cadre)))
                .andExpect(header().string("X-Total-Count", "7"));
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
}
