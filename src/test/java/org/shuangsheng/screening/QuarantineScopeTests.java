package org.shuangsheng.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.identity.Role;
import org.shuangsheng.identity.internal.UserAccount;
import org.shuangsheng.identity.internal.UserAccountRepository;
import org.shuangsheng.screening.QuarantineFixture.Home;
import org.shuangsheng.screening.QuarantineFixture.Seen;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Quarantine orders carry their household's region path: each role sees, checks in, decides and
 * exports its own part of the district only; an order outside it answers 404.
 */
@PlatformTest
class QuarantineScopeTests {

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

    @Autowired
    UserAccountRepository accounts;

    QuarantineFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new QuarantineFixture(mvc, tokens, jdbc, events, transactions, clock);
    }

    long confirmedIn(String worker, String grid) throws Exception {
        Home home = fixture.household(worker, grid, 1);
        fixture.visit(home, fixture.today().minusDays(1), Seen.caseContact());
        long order = fixture.orderOf(home.residents().get(0));
        fixture.confirm("commander", order);
        return order;
    }

    @Test
    void aGridWorkerCannotSeeOrCheckInAnotherGridsQuarantinedResident() throws Exception {
        long order = confirmedIn("grid01", QuarantineFixture.GRID01);
        String grid02 = tokens.bearer("grid02");
        mvc.perform(get("/api/v1/quarantines/" + order).header("Authorization", grid02))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/quarantines/" + order + "/check-ins").header("Authorization", grid02)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"temperature\":\"36.5\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/quarantines/" + order).with(users.as("grid02"))).andExpect(status().isNotFound());
        mvc.perform(post("/quarantines/" + order + "/check-ins").with(users.as("grid02")).with(csrf())
                        .param("temperature", "36.5"))
                .andExpect(status().isNotFound());
        String list = mvc.perform(get("/api/v1/quarantines").param("size", "1000").header("Authorization", grid02))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Number>>read(list, "$[*].id")).extracting(Number::longValue).doesNotContain(order);
        mvc.perform(get("/api/v1/quarantines").param("regionCode", QuarantineFixture.GRID01)
                        .header("Authorization", grid02))
                .andExpect(status().isOk()).andExpect(content().json("[]"));
        mvc.perform(get("/quarantines").with(users.as("grid02")))
                .andExpect(content().string(not(containsString("/quarantines/" + order + "\""))));
        mvc.perform(get("/quarantines").param("region", QuarantineFixture.GRID01).with(users.as("grid02"))
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/quarantines/" + order + "\""))));
        byte[] export = mvc.perform(get("/quarantines/export").with(users.as("grid02")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            var sheet = workbook.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertThat((long) sheet.getRow(r).getCell(0).getNumericCellValue()).isNotEqualTo(order);
            }
        }
        // ... while its own worker checks in.
        mvc.perform(post("/api/v1/quarantines/" + order + "/check-ins").header("Authorization", tokens.bearer("grid01"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"temperature\":\"36.5\"}"))
                .andExpect(status().isOk());
    }

    @Test
    void aSubdistrictOfficerSeesAndDecidesOnlyInItsSubtree() throws Exception {
        long own = confirmedIn("grid01", QuarantineFixture.GRID01);
        Home elsewhere = fixture.household("grid02", QuarantineFixture.GRID02, 1);
        fixture.visit(elsewhere, fixture.today(), Seen.caseContact());
        long foreign = fixture.orderOf(elsewhere.residents().get(0));
        String hongqi = tokens.bearer("hongqi");
        mvc.perform(get("/api/v1/quarantines/" + own).header("Authorization", hongqi)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/quarantines/" + foreign).header("Authorization", hongqi))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/quarantines/" + foreign + "/confirm").header("Authorization", hongqi)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"type\":\"HOME\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/quarantines/" + foreign + "/dismiss").with(users.as("hongqi")).with(csrf())
                        .param("reason", "越权"))
                .andExpect(status().isNotFound());
        String list = mvc.perform(get("/api/v1/quarantines").param("status", "PROPOSED").param("size", "1000")
                        .header("Authorization", hongqi))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Number>>read(list, "$[*].id")).extracting(Number::longValue).doesNotContain(foreign);
        assertThat(jdbc.queryForObject("select status from screening_quarantine where id = ?", String.class, foreign))
                .isEqualTo("PROPOSED");
        // The commander and the health department see the whole district.
        for (String user : List.of("commander", "weijian")) {
            mvc.perform(get("/api/v1/quarantines/" + foreign).header("Authorization", tokens.bearer(user)))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void enterpriseFarmerCadreAndAdminReachNoQuarantine() throws Exception {
        long order = confirmedIn("grid01", QuarantineFixture.GRID01);
        for (String user : List.of("ent01", "farmer01", "cadre01", "guard01", "admin")) {
            mvc.perform(get("/api/v1/quarantines").header("Authorization", tokens.bearer(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/quarantines/" + order).header("Authorization", tokens.bearer(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/quarantines/export").with(users.as(user))).andExpect(status().isForbidden());
        }
    }

    @Test
    void aDepartmentOtherThanHealthNeitherSeesQuarantinesNorChangesTheRules() throws Exception {
        if (accounts.findByUsername("nongye").isEmpty()) {
            accounts.save(new UserAccount("nongye", "区农业农村局", "{noop}x", Role.DEPARTMENT, Set.of("230506"), null,
                    null, false, clock.instant()));
            jdbc.update("update identity_user set department = 'AGRICULTURE' where username = 'nongye'");
        }
        long order = confirmedIn("grid01", QuarantineFixture.GRID01);
        mvc.perform(get("/quarantines/" + order).with(users.as("nongye"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/quarantines").header("Authorization", tokens.bearer("nongye")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/risk-settings").with(users.as("nongye")).with(csrf()).param("order.days", "7"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/key-areas").header("Authorization", tokens.bearer("nongye"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"某地\",\"level\":\"HIGH\",\"validFrom\":\"2020-01-23\"}"))
                .andExpect(status().isForbidden());
        // It may read the key areas, which hold no personal data, and its navigation offers no
        // link into the quarantines it may not open; the health department's does.
        mvc.perform(get("/key-areas").with(users.as("nongye"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/key-areas\"")))
                .andExpect(content().string(not(containsString("href=\"/quarantines\""))));
        mvc.perform(get("/key-areas").with(users.as("weijian"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/quarantines\"")));
    }

    @Test
    void openingAQuarantineOrderIsAuditedAsAReadOfThePerson() throws Exception {
        Home home = fixture.household("grid01", QuarantineFixture.GRID01, 1);
        fixture.visit(home, fixture.today().minusDays(1), Seen.caseContact());
        long order = fixture.orderOf(home.residents().get(0));

        mvc.perform(get("/quarantines/" + order).with(users.as("weijian"))).andExpect(status().isOk());

        assertThat(jdbc.queryForObject("select count(*) from audit_event where username = 'weijian'"
                + " and action = 'READ_PERSON' and object_type = 'quarantine' and object_id = ?", Long.class,
                Long.toString(order))).isEqualTo(1L);
    }
}
