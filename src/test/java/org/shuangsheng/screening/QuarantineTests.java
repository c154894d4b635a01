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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.command.Indicator;
import org.shuangsheng.command.IndicatorContribution;
import org.shuangsheng.command.IndicatorQuery;
import org.shuangsheng.screening.QuarantineFixture.Home;
import org.shuangsheng.screening.QuarantineFixture.Seen;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * From a finding to a release: the level each resident gets, the order a RED or key-area finding
 * proposes, its confirmation, the daily check-ins by the grid worker, the release, and the lists
 * and figures an official works from.
 */
@PlatformTest
class QuarantineTests {

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
    List<IndicatorContribution> contributions;

    QuarantineFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new QuarantineFixture(mvc, tokens, jdbc, events, transactions, clock);
    }

    @Test
    void aContactWithACaseIsRedAndProposedAFeverIsYellowAndTheRestGreen() throws Exception {
        Home home = fixture.household("grid01", QuarantineFixture.GRID01, 3);
        fixture.visit(home, fixture.today(), Seen.caseContact(), Seen.feverish(), Seen.normal());

        assertThat(fixture.levelOf(home.residents().get(0))).isEqualTo("RED");
        assertThat(fixture.levelOf(home.residents().get(1))).isEqualTo("YELLOW");
        assertThat(fixture.levelOf(home.residents().get(2))).isEqualTo("GREEN");
        assertThat(fixture.ordersOf(home.residents().get(0))).isEqualTo(1);
        assertThat(fixture.ordersOf(home.residents().get(1))).isZero();
        assertThat(fixture.ordersOf(home.residents().get(2))).isZero();

        long order = fixture.orderOf(home.residents().get(0));
        mvc.perform(get("/api/v1/quarantines/" + order).header("Authorization", tokens.bearer("grid01")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("PROPOSED")))
                .andExpect(jsonPath("$.startDate", is(fixture.today().toString())))
                .andExpect(jsonPath("$.plannedEnd", is(fixture.today().plusDays(14).toString())))
                .andExpect(jsonPath("$.reasons[0]", is("quarantine.reason.contact")))
                .andExpect(jsonPath("$.riskLevel", is("RED")));
        mvc.perform(get("/api/v1/quarantines").param("status", "PROPOSED").param("regionCode", home.grid())
                        .header("Authorization", tokens.bearer("grid01")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + order + ")].name", hasItem("王**")));

        // The same finding again proposes nothing new while the order is open.
        fixture.visit(home, fixture.today(), Seen.caseContact());
        assertThat(fixture.ordersOf(home.residents().get(0))).isEqualTo(1);
    }

    @Test
    void anOfficialConfirmsTheGridWorkerChecksInDailyAndAPersonReleases() throws Exception {
        Home home = fixture.household("grid01", QuarantineFixture.GRID01, 1);
        LocalDate start = fixture.today().minusDays(3);
        fixture.visit(home, start, Seen.caseContact());
        long order = fixture.orderOf(home.residents().get(0));

        mvc.perform(post("/api/v1/quarantines/" + order + "/confirm").header("Authorization", tokens.bearer("hongqi"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"type\":\"CENTRAL\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("place")));
        mvc.perform(post("/api/v1/quarantines/" + order + "/confirm").header("Authorization", tokens.bearer("hongqi"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"type\":\"CENTRAL\",\"place\":\"宝山宾馆\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("CONFIRMED")))
                .andExpect(jsonPath("$.place", is("宝山宾馆")))
                .andExpect(jsonPath("$.decidedBy", is("hongqi")));
        mvc.perform(post("/api/v1/quarantines/" + order + "/dismiss").header("Authorization", tokens.bearer("hongqi"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"迟到的决定\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("status")));

        String grid01 = tokens.bearer("grid01");
        for (int day = 1; day <= 2; day++) {
            mvc.perform(post("/api/v1/quarantines/" + order + "/check-ins").header("Authorization", grid01)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"date\":\"" + start.plusDays(day) + "\",\"temperature\":\"36.6\"}"))
                    .andExpect(status().isOk());
        }
        mvc.perform(post("/api/v1/quarantines/" + order + "/check-ins").header("Authorization", grid01)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"" + start.plusDays(2) + "\",\"temperature\":\"36.6\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("date")));
        mvc.perform(post("/api/v1/quarantines/" + order + "/check-ins").header("Authorization", grid01)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"temperature\":\"44.0\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("temperature")));
        mvc.perform(post("/api/v1/quarantines/" + order + "/check-ins").header("Authorization", grid01)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"" + fixture.today().plusDays(1) + "\",\"temperature\":\"36.6\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("date")));
        mvc.perform(post("/api/v1/quarantines/" + order + "/check-ins").header("Authorization", grid01)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"temperature\":\"36.4\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.checkIns.length()", is(3)))
                .andExpect(jsonPath("$.checkIns[0].date", is(fixture.today().toString())))
                .andExpect(jsonPath("$.checkIns[0].recordedBy", is("grid01")));
        // An official decides; a grid worker records check-ins only.
        mvc.perform(post("/api/v1/quarantines/" + order + "/release").header("Authorization", grid01)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());

        String commander = tokens.bearer("commander");
        mvc.perform(post("/api/v1/quarantines/" + order + "/release").header("Authorization", commander)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("note")));
        mvc.perform(post("/api/v1/quarantines/" + order + "/release").header("Authorization", commander)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"核酸检测阴性，经专家评估提前解除\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status", is("RELEASED")))
                .andExpect(jsonPath("$.releasedOn", is(fixture.today().toString())))
                .andExpect(jsonPath("$.releasedBy", is("commander")));
        mvc.perform(post("/api/v1/quarantines/" + order + "/check-ins").header("Authorization", grid01)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"temperature\":\"36.4\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aFeverAtCheckInRaisesAGreenTravellerAndNormalDaysBringYellowBackToGreen() throws Exception {
        mvc.perform(post("/api/v1/key-areas").header("Authorization", tokens.bearer("weijian"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"绥芬河市\",\"level\":\"MEDIUM\","
                                + "\"validFrom\":\"" + fixture.today().minusDays(30) + "\"}"))
                .andExpect(status().isCreated());
        Home home = fixture.household("grid01", QuarantineFixture.GRID01, 1);
        long resident = home.residents().get(0);
        LocalDate start = fixture.today().minusDays(8);
        fixture.visit(home, start, new Seen("36.5", null, "绥芬河", start.minusDays(1), false));
        assertThat(fixture.levelOf(resident)).isEqualTo("YELLOW");
        long order = fixture.orderOf(resident);
        fixture.confirm("weijian", order);
        String grid01 = tokens.bearer("grid01");
        for (int day = 1; day <= 7; day++) {
            mvc.perform(post("/api/v1/quarantines/" + order + "/check-ins").header("Authorization", grid01)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"date\":\"" + start.plusDays(day) + "\",\"temperature\":\"36.5\"}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.riskLevel", is(day < 7 ? "YELLOW" : "GREEN")));
        }
        mvc.perform(post("/api/v1/quarantines/" + order + "/check-ins").header("Authorization", grid01)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"temperature\":\"37.8\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.riskLevel", is("YELLOW")));
    }

    @Test
    void theListsShowWhatEndsTodayWhatIsOverdueAndWhoMissedACheckIn() throws Exception {
        Home home = fixture.household("grid01", QuarantineFixture.GRID01, 3);
        LocalDate today = fixture.today();
        fixture.visit(home, today.minusDays(14), Seen.caseContact());
        fixture.visit(home, today.minusDays(20), Seen.normal(), Seen.caseContact());
        fixture.visit(home, today.minusDays(2), Seen.normal(), Seen.normal(), Seen.caseContact());
        long ending = fixture.orderOf(home.residents().get(0));
        long overdue = fixture.orderOf(home.residents().get(1));
        long recent = fixture.orderOf(home.residents().get(2));
        for (long order : List.of(ending, overdue, recent)) {
            fixture.confirm("hongqi", order);
        }
        // The recent one checked in today and yesterday, the others never.
        for (LocalDate day : List.of(today.minusDays(1), today)) {
            mvc.perform(post("/api/v1/quarantines/" + recent + "/check-ins").header("Authorization",
                            tokens.bearer("grid01")).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"date\":\"" + day + "\",\"temperature\":\"36.5\"}"))
                    .andExpect(status().isOk());
        }
        Map<String, List<Long>> expected = Map.of("ENDING_TODAY", List.of(ending), "OVERDUE", List.of(overdue),
                "MISSED_CHECK_IN", List.of(ending, overdue), "ACTIVE", List.of(ending, overdue, recent));
        for (Map.Entry<String, List<Long>> list : expected.entrySet()) {
            String body = mvc.perform(get("/api/v1/quarantines").param("status", list.getKey())
                            .param("regionCode", home.grid()).param("size", "1000")
                            .header("Authorization", tokens.bearer("hongqi")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            List<Long> ids = com.jayway.jsonpath.JsonPath.<List<Number>>read(body, "$[*].id").stream()
                    .map(Number::longValue).filter(id -> id == ending || id == overdue || id == recent).toList();
            assertThat(ids).as(list.getKey()).containsExactlyInAnyOrderElementsOf(list.getValue());
        }
        mvc.perform(get("/quarantines").param("list", "OVERDUE").with(users.as("grid01")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/quarantines/" + overdue)))
                .andExpect(content().string(not(containsString("/quarantines/" + ending + "\""))));
        mvc.perform(get("/quarantines").param("list", "ENDING_TODAY").with(users.as("grid01"))
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(view().name("screening/quarantine-list :: results"))
                .andExpect(content().string(containsString("/quarantines/" + ending)));
    }

    @Test
    void theCheckInDeadlineHourDecidesWhichDayIsDue() {
        assertThat(QuarantineQueries.checkInDueBy(LocalDateTime.of(2020, 3, 10, 9, 59), 10))
                .isEqualTo(LocalDate.of(2020, 3, 9));
        assertThat(QuarantineQueries.checkInDueBy(LocalDateTime.of(2020, 3, 10, 10, 0), 10))
                .isEqualTo(LocalDate.of(2020, 3, 10));
        assertThat(QuarantineQueries.checkInDueBy(LocalDateTime.of(2020, 3, 10, 23, 59), 0))
                .isEqualTo(LocalDate.of(2020, 3, 10));
    }

    @Test
    void theDashboardCountsPeopleInQuarantineReleasesDueAndOverdueByChildRegion() throws Exception {
        IndicatorQuery hongqi = new IndicatorQuery(fixture.today(), "230506001", "230506/001");
        Map<String, Indicator> before = figures(hongqi);
        Home home = fixture.household("grid01", QuarantineFixture.GRID01, 2);
        fixture.visit(home, fixture.today().minusDays(14), Seen.caseContact());
        fixture.visit(home, fixture.today().minusDays(15), Seen.normal(), Seen.caseContact());
        fixture.confirm("commander", fixture.orderOf(home.residents().get(0)));
        fixture.confirm("commander", fixture.orderOf(home.residents().get(1)));
        Map<String, Indicator> after = figures(hongqi);

        assertThat(delta(before, after, "quarantine.inQuarantine")).isEqualTo(2);
        assertThat(delta(before, after, "quarantine.endingToday")).isEqualTo(1);
        assertThat(delta(before, after, "quarantine.overdue")).isEqualTo(1);
        Indicator in = after.get("quarantine.inQuarantine");
        assertThat(in.link()).isEqualTo("/quarantines?list=ACTIVE&region=230506001");
        assertThat(in.breakdown()).isNotEmpty();
        assertThat(in.breakdown().stream().map(b -> b.value().longValue()).reduce(0L, Long::sum))
                .isEqualTo(in.value().longValue());
        long community = in.breakdown().stream().filter(b -> b.code().equals("230506001001")).findFirst()
                .orElseThrow().value().longValue();
        long communityBefore = before.get("quarantine.inQuarantine").breakdown().stream()
                .filter(b -> b.code().equals("230506001001")).findFirst().orElseThrow().value().longValue();
        assertThat(community - communityBefore).isEqualTo(2);
        // A date before the quarantines began counts none of them.
        Map<String, Indicator> earlier = figures(new IndicatorQuery(fixture.today().minusDays(30), "230506001",
                "230506/001"));
        assertThat(earlier.get("quarantine.inQuarantine").value().longValue())
                .isLessThan(after.get("quarantine.inQuarantine").value().longValue());
    }

    private Map<String, Indicator> figures(IndicatorQuery query) {
        Map<String, Indicator> figures = new java.util.HashMap<>();
        contributions.forEach(c -> c.indicators(query).stream().filter(i -> i.key().startsWith("quarantine."))
                .forEach(i -> figures.put(i.key(), i)));
        return figures;
    }

    private static long delta(Map<String, Indicator> before, Map<String, Indicator> after, String key) {
        return after.get(key).value().longValue() - before.get(key).value().longValue();
    }

    @Test
    void listsAndExportMaskNamesAndNeverShowIdNumbers() throws Exception {
        Home home = fixture.household("grid01", QuarantineFixture.GRID01, 1);
        fixture.visit(home, fixture.today(), Seen.caseContact());
        long order = fixture.orderOf(home.residents().get(0));
        mvc.perform(get("/quarantines").param("list", "PROPOSED").with(users.as("grid01")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("王**")))
                .andExpect(content().string(not(containsString("王建国"))));
        mvc.perform(get("/quarantines/" + order).with(users.as("hongqi")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("王建国")))
                .andExpect(content().string(containsString("id=\"confirm-form\"")));
        byte[] export = mvc.perform(get("/quarantines/export").param("list", "PROPOSED").with(users.as("grid01")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            var sheet = workbook.getSheetAt(0);
            boolean found = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                assertThat(sheet.getRow(r).getCell(1).getStringCellValue()).doesNotContain("建国");
                found |= (long) sheet.getRow(r).getCell(0).getNumericCellValue() == order;
            }
            assertThat(found).isTrue();
        }
    }

    @Test
    void aPageDecisionWithABadValueComesBackWithWhatWasTyped() throws Exception {
        Home home = fixture.household("grid01", QuarantineFixture.GRID01, 1);
        fixture.visit(home, fixture.today(), Seen.caseContact());
        long order = fixture.orderOf(home.residents().get(0));
        mvc.perform(post("/quarantines/" + order + "/confirm").with(users.as("hongqi")).with(csrf())
                        .param("type", "CENTRAL").param("place", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("集中隔离须填写隔离地点")));
        mvc.perform(post("/quarantines/" + order + "/dismiss").with(users.as("hongqi")).with(csrf())
                        .param("reason", "经核实为误报"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select status from screening_quarantine where id = ?", String.class, order))
                .isEqualTo("DISMISSED");
    }
}
