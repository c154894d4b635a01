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

    ResultActions register(String user, String grid, String idNumber) throws Exception {
        return mvc.perform(post("/api/v1/households").header("Authorization", tokens.bearer(user))
                .header("Accept-Language", "zh-CN").contentType(MediaType.APPLICATION_JSON)
                .content("{\"gridCode\":\"" + grid + "\",\"address\":\"" + TestData.tag("核验小区") + "号\","
                        + "\"members\":[{\"name\":\"王核验\",\"idNumber\":\"" + idNumber + "\",\"relation\":\"户主\"}]}"));
    }

    long refusals(String user, String outcome) {
        return jdbc.queryForObject("select count(*) from audit_event where username = ? and object_type = 'id-number'"
                + " and outcome = ?", Long.class, user, outcome);
    }

    @Test
    void aNumberRegisteredOutsideTheCallersScopeIsRefusedWithoutConfirmingItAndAudited() throws Exception {
        String elsewhere = TestData.idNumber();
        register("grid01", GRID01, elsewhere).andExpect(status().isCreated());
        long before = refusals("grid02", "DENIED");

        register("grid02", GRID02, elsewhere)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("members[0].idNumber")))
                .andExpect(jsonPath("$.errors[0].message", is("无法登记这个身份证号，请联系街道核实。")));

        assertThat(refusals("grid02", "DENIED")).isEqualTo(before + 1);
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
        // hongqi (红旗街道) tries numbers that live in 跃进街道, outside its scope; no other test does.
        String elsewhere = TestData.idNumber();
        register("grid02", GRID02, elsewhere).andExpect(status().isCreated());
        int budget = 10;
        int refused = 0;
        int status = 400;
        while (status == 400 && refused <= budget) {
            status = register("hongqi", GRID01, elsewhere).andReturn().getResponse().getStatus();
            refused += status == 400 ? 1 : 0;
        }
        assertThat(refused).as("refusals before the budget ran out").isLessThanOrEqualTo(budget);
        register("hongqi", GRID01, TestData.idNumber())
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.detail", is("一小时内多次登记了无法登记的身份证号，登记暂停一小时；如有疑问请联系街道。")));
        assertThat(jdbc.queryForObject("select count(*) from command_alert where kind = 'population.idChecks'"
                + " and title_args like ?", Long.class, "%hongqi%")).isPositive();
    }
}
