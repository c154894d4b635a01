package org.shuangsheng.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.screening.QuarantineFixture.Home;
import org.shuangsheng.screening.QuarantineFixture.Seen;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/** Key areas and the risk rule set are data the health department keeps, with validation and audit. */
@PlatformTest
class KeyAreaAndRiskSettingsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    @Test
    void theHealthDepartmentAddsEditsAndRetiresAKeyArea() throws Exception {
        mvc.perform(post("/key-areas").with(users.as("weijian")).with(csrf())
                        .param("name", "黑河市").param("level", "HIGH").param("validFrom", "2020-03-01")
                        .param("validTo", "2020-02-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("截止日期不能早于生效日期")))
                .andExpect(content().string(containsString("value=\"黑河市\"")));
        mvc.perform(post("/key-areas").with(users.as("weijian")).with(csrf())
                        .param("name", "黑河市").param("level", "HIGH").param("validFrom", "2020-03-01"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.queryForObject("select max(id) from screening_key_area where name = '黑河市'", Long.class);
        mvc.perform(get("/key-areas").with(users.as("hongqi")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("黑河市")));
        mvc.perform(post("/key-areas/" + id).with(users.as("commander")).with(csrf())
                        .param("name", "黑河市").param("level", "MEDIUM").param("validFrom", "2020-03-01")
                        .param("validTo", "2020-04-30"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/key-areas").header("Authorization", tokens.bearer("grid01")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + id + ")].level", hasItem("MEDIUM")));
        mvc.perform(post("/key-areas/" + id + "/retire").with(users.as("weijian")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/key-areas").header("Authorization", tokens.bearer("grid01")))
                .andExpect(jsonPath("$[*].id", not(hasItem((int) id))));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where object_type = 'key-area' and object_id = ?",
                Integer.class, Long.toString(id))).isEqualTo(3);
        mvc.perform(post("/key-areas/" + id).with(users.as("hongqi")).with(csrf()).param("name", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theApiRefusesAKeyAreaWithoutNameOrLevel() throws Exception {
        mvc.perform(post("/api/v1/key-areas").header("Authorization", tokens.bearer("commander"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"validFrom\":\"2020-13-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("level")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("validFrom")));
    }

    @Test
    void aChangedQuarantineLengthAppliesToTheNextProposalAndABadValueIsRefused() throws Exception {
        mvc.perform(post("/risk-settings").with(users.as("weijian")).with(csrf())
                        .param("order.days", "0").param("fever.threshold", "37.25"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"37.25\"")))
                .andExpect(content().string(containsString("应为 1 到 60 之间的整数")));
        assertThat(jdbc.queryForObject("select setting_value from screening_risk_setting where setting_key ="
                + " 'order.days'", String.class)).isEqualTo("14");
        try {
            mvc.perform(post("/risk-settings").with(users.as("weijian")).with(csrf()).param("order.days", "10"))
                    .andExpect(status().is3xxRedirection());
            mvc.perform(get("/risk-settings").with(users.as("hongqi")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("weijian")))
                    .andExpect(content().string(not(containsString("id=\"save\""))));
            QuarantineFixture fixture = new QuarantineFixture(mvc, tokens, jdbc, events, transactions, clock);
            Home home = fixture.household("grid01", QuarantineFixture.GRID01, 1);
            fixture.visit(home, fixture.today(), Seen.caseContact());
            mvc.perform(get("/api/v1/quarantines/" + fixture.orderOf(home.residents().get(0)))
                            .header("Authorization", tokens.bearer("grid01")))
                    .andExpect(jsonPath("$.plannedEnd", is(fixture.today().plusDays(10).toString())));
            assertThat(jdbc.queryForObject("select count(*) from audit_event where object_type = 'risk-setting'"
                    + " and object_id = 'order.days' and detail = '14 -> 10'", Integer.class)).isEqualTo(1);
        } finally {
            mvc.perform(post("/risk-settings").with(users.as("weijian")).with(csrf()).param("order.days", "14"))
                    .andExpect(status().is3xxRedirection());
        }
    }

    @Test
    void aFindingFromAKeyAreaNamedWithoutItsSuffixProposesAQuarantine() throws Exception {
        String body = mvc.perform(post("/api/v1/key-areas").header("Authorization", tokens.bearer("commander"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"牡丹江市\",\"level\":\"HIGH\","
                                + "\"validFrom\":\"" + java.time.LocalDate.now(clock).minusDays(10) + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(((Number) JsonPath.read(body, "$.id")).longValue()).isPositive();
        QuarantineFixture fixture = new QuarantineFixture(mvc, tokens, jdbc, events, transactions, clock);
        Home home = fixture.household("grid01", QuarantineFixture.GRID01, 1);
        fixture.visit(home, fixture.today(), new Seen("36.4", null, "牡丹江", fixture.today().minusDays(2), false));
        assertThat(fixture.levelOf(home.residents().get(0))).isEqualTo("RED");
        mvc.perform(get("/api/v1/quarantines/" + fixture.orderOf(home.residents().get(0)))
                        .header("Authorization", tokens.bearer("grid01")))
                .andExpect(jsonPath("$.reasons[0]", is("quarantine.reason.highArea")));
    }
}
