package org.shuangsheng.screening.module;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.ModuleTest;
import org.shuangsheng.OwnDistrict;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Visits through the API and the phone form, signed in as the district's own accounts: a grid
 * worker records a visit in their grid, a worker of the next grid does not reach that household,
 * and a bad temperature is named by its field in the caller's language.
 */
@ModuleTest
@Import(ScreeningModuleFixture.class)
class ScreeningVisitModuleTests {

    private final MockMvc mvc;
    private final ApiTokensForTests tokens;
    private final DemoUsers users;
    private final ScreeningModuleFixture fixture;

    private OwnDistrict district;
    private OwnDistrict.Household home;
    private long round;

    ScreeningVisitModuleTests(MockMvc mvc, ApiTokensForTests tokens, DemoUsers users, ScreeningModuleFixture fixture) {
        this.mvc = mvc;
        this.tokens = tokens;
        this.users = users;
        this.fixture = fixture;
    }

    @BeforeEach
    void aHouseholdInGridAAndARound() throws Exception {
        district = fixture.district();
        home = district.household(district.workerA(), district.gridA(), 2);
        round = fixture.openRound(district);
    }

    @Test
    void theGridsWorkerRecordsAVisitAndReadsItBack() throws Exception {
        fixture.postVisit(district.workerA(), round, home.id(),
                        ScreeningModuleFixture.finding(home.residents().get(0), "36.5"),
                        ScreeningModuleFixture.finding(home.residents().get(1), "38.2"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/screening-rounds/" + round + "/households/" + home.id() + "/visits")
                        .header("Authorization", tokens.bearer(district.workerA())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].mode", is("IN_PERSON")))
                .andExpect(jsonPath("$[0].findings[*].temperature", contains(36.5, 38.2)));
    }

    @Test
    void aWorkerOfAnotherGridFindsNoSuchHouseholdAndRecordsNothing() throws Exception {
        fixture.postVisit(district.workerB(), round, home.id(),
                        ScreeningModuleFixture.finding(home.residents().get(0), "36.5"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/screening-rounds/" + round + "/households/" + home.id() + "/visit")
                        .with(users.as(district.workerB())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/screening-rounds/" + round + "/households/" + home.id() + "/visits")
                        .header("Authorization", tokens.bearer(district.workerA())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void aTemperatureOutOfRangeIsNamedByItsFieldInTheCallersLanguage() throws Exception {
        fixture.postVisit(district.workerA(), round, home.id(),
                        ScreeningModuleFixture.finding(home.residents().get(0), "36.5"),
                        ScreeningModuleFixture.finding(home.residents().get(1), "45.0"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", contains("findings[1].temperature")))
                .andExpect(jsonPath("$.errors[0].message", is("体温应在 34.0 至 43.0 ℃ 之间")));
        mvc.perform(post("/api/v1/screening-rounds/" + round + "/visits")
                        .header("Authorization", tokens.bearer(district.workerA()))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"householdId\":" + home.id() + ",\"mode\":\"IN_PERSON\",\"findings\":["
                                + ScreeningModuleFixture.finding(home.residents().get(0), "45.0") + "]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field", is("findings[0].temperature")))
                .andExpect(jsonPath("$.errors[0].message", is("Between 34.0 and 43.0 ℃")));
        mvc.perform(post("/screening-rounds/" + round + "/households/" + home.id() + "/visit")
                        .with(users.as(district.workerA())).with(csrf())
                        .param("requestKey", "module-form-" + round).param("mode", "IN_PERSON")
                        .param("findings[0].residentId", home.residents().get(0).toString())
                        .param("findings[0].present", "true").param("findings[0].temperature", "46.1"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"46.1\"")))
                .andExpect(content().string(Matchers.containsString("体温应在 34.0 至 43.0 ℃ 之间")));
        mvc.perform(get("/api/v1/screening-rounds/" + round + "/households/" + home.id() + "/visits")
                        .header("Authorization", tokens.bearer(district.workerA())))
                .andExpect(jsonPath("$", hasSize(0)));
    }
}
