package org.shuangsheng.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.TestData;
import org.shuangsheng.identity.AccountForm;
import org.shuangsheng.identity.AccountManagement;
import org.shuangsheng.identity.AccountView;
import org.shuangsheng.identity.Role;
import org.shuangsheng.identity.internal.ApiTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Issue finding "an ID-number oracle": a masked number's hidden digits cannot be confirmed by
 * registering candidates. A number registered outside the caller's scope is refused without
 * saying it is registered; every refusal is audited; refusals outside the scope are a budget per
 * hour, past which registration waits and the command centre is alerted.
 */
@PlatformTest
class IdNumberOracleTests {

    static final String GRID01 = "23050600100101";
    static final String GRID02 = "23050600200101";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ApiTokens apiTokens;

    ResultActions register(String user, String grid, String idNumber) throws Exception {
        return registerWith(tokens.bearer(user), grid, idNumber);
    }

    ResultActions registerWith(String bearer, String grid, String idNumber) throws Exception {
        return mvc.perform(post("/api/v1/households").header("Authorization", bearer)
                .header("Accept-Language", "zh-CN").contentType(MediaType.APPLICATION_JSON)
                .content("{\"gridCode\":\"" + grid + "\",\"address\":\"" + TestData.tag("核验小区") + "号\","
                        + "\"members\":[{\"name\":\"王核验\",\"idNumber\":\"" + idNumber + "\",\"relation\":\"户主\"}]}"));
    }

    /** An account of the test's own: the budget it spends would otherwise stop other tests' registrations. */
    AccountView gridWorker(String grid) {
        AccountForm form = new AccountForm();
        form.setUsername(TestData.tag("oracle"));
        form.setDisplayName("核验测试网格员");
        form.setRole(Role.GRID_WORKER);
        form.setRegionCodes(grid);
        return accounts.create(form).account();
    }

    String bearer(AccountView account) {
        return "Bearer " + apiTokens.issue(account.id()).token();
    }

    long refusals(String user, String outcome) {
        return jdbc.queryForObject("select count(*) from audit_event where username = ? and object_type = 'id-number'"
                + " and outcome = ?", Long.class, user, outcome);
    }

    @Test
    void aNumberRegisteredOutsideTheCallersScopeIsRefusedWithoutConfirmingItAndAudited() throws Exception {
        String elsewhere = TestData.idNumber();
        register("grid01", GRID01, elsewhere).andExpect(status().isCreated());
        AccountView prober = gridWorker(GRID02);

        registerWith(bearer(prober), GRID02, elsewhere)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("members[0].idNumber")))
                .andExpect(jsonPath("$.errors[0].message", is("无法登记这个身份证号，请联系街道核实。")));

        assertThat(refusals(prober.username(), "DENIED")).isEqualTo(1);
    }

    @Test
    void aNumberRegisteredInsideTheCallersScopeIsNamedAsRegisteredAndAudited() throws Exception {
        String own = TestData.idNumber();
        register("grid01", GRID01, own).andExpect(status().isCreated());
        long before = refusals("grid01", "FAILURE");

        register("grid01", GRID01, own)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", is("这个身份证号已经登记过。")));

        assertThat(refusals("grid01", "FAILURE")).isEqualTo(before + 1);
    }

    @Test
    void pastTheHourlyBudgetOfRefusalsRegistrationWaitsAndTheCommandCentreIsAlerted() throws Exception {
        AccountView prober = gridWorker(GRID01);
        String bearer = bearer(prober);
        String elsewhere = TestData.idNumber();
        register("grid02", GRID02, elsewhere).andExpect(status().isCreated());

        int budget = 10;
        for (int i = 0; i < budget; i++) {
            registerWith(bearer, GRID01, elsewhere).andExpect(status().isBadRequest());
        }
        registerWith(bearer, GRID01, TestData.idNumber())
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.detail", is("一小时内多次登记了无法登记的身份证号，登记暂停一小时；如有疑问请联系街道。")));
        assertThat(refusals(prober.username(), "DENIED")).isEqualTo(budget);
        assertThat(jdbc.queryForObject("select count(*) from command_alert where kind = 'population.idChecks'"
                + " and title_args like ?", Long.class, "%" + prober.username() + "%")).isEqualTo(1L);
    }
}
