package org.shuangsheng.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A resident seen at the door has a temperature taken, or refuses it (拒绝测温) with a reason that
 * reaches the command centre as an alert; a visit with neither is refused, naming the field, so
 * the household does not count as screened with nobody's temperature taken. By phone, nobody can
 * take a temperature: the rule is for visits in person.
 */
@PlatformTest
class TemperatureAtTheDoorTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcTemplate jdbc;

    ScreeningFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ScreeningFixtures(mvc, tokens);
    }

    @Test
    void anInPersonVisitOfAResidentAtHomeWithNoTemperatureIsRefusedNamingTheFieldInTheCallersLanguage()
            throws Exception {
        long round = fixtures.openRound("commander", ScreeningFixtures.DISTRICT);
        ScreeningFixtures.Household home = fixtures.household("grid01", ScreeningFixtures.GRID01, 2);
        String seen = ScreeningFixtures.finding(home.residents().get(0), "36.5");
        String noTemperature = "{\"residentId\":" + home.residents().get(1) + ",\"present\":true,\"symptoms\":\"无\"}";

        visit(round, home, "IN_PERSON", "zh-CN", seen, noTemperature)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field", is("findings[1].temperature")))
                .andExpect(jsonPath("$.errors[0].message", containsString("入户见到本人须测体温")));
        visit(round, home, "IN_PERSON", "en", seen, noTemperature)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field", is("findings[1].temperature")))
                .andExpect(jsonPath("$.errors[0].message", containsString("Take the temperature")));
        assertThat(visitsOf(home)).isZero();
        assertThat(seenInGrid(round)).isZero();

        // By phone the same finding is what the resident could tell.
        visit(round, home, "PHONE", "zh-CN", seen, noTemperature).andExpect(status().isCreated());
        assertThat(visitsOf(home)).isEqualTo(1);
    }

    @Test
    void aRefusalNeedsItsReasonAndNoTemperatureBesideIt() throws Exception {
        long round = fixtures.openRound("commander", ScreeningFixtures.DISTRICT);
        ScreeningFixtures.Household home = fixtures.household("grid01", ScreeningFixtures.GRID01, 2);
        visit(round, home, "IN_PERSON", "zh-CN",
                "{\"residentId\":" + home.residents().get(0) + ",\"present\":true,\"temperatureRefused\":true,"
                        + "\"refusalReason\":\"  \"}",
                "{\"residentId\":" + home.residents().get(1) + ",\"present\":true,\"temperature\":36.8,"
                        + "\"temperatureRefused\":true,\"refusalReason\":\"不配合\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[0].field", is("findings[0].refusalReason")))
                .andExpect(jsonPath("$.errors[0].message", is("请写明拒绝测温的原因")))
                .andExpect(jsonPath("$.errors[1].field", is("findings[1].temperature")))
                .andExpect(jsonPath("$.errors[1].message", is("已选“拒绝测温”，不应再填写体温")));
        assertThat(visitsOf(home)).isZero();
    }

    @Test
    void aRefusalWithItsReasonIsRecordedCountsTheResidentAsSeenAndAlertsTheCommandCentre() throws Exception {
        long round = fixtures.openRound("commander", ScreeningFixtures.DISTRICT);
        ScreeningFixtures.Household home = fixtures.household("grid01", ScreeningFixtures.GRID01, 2);
        long refused = home.residents().get(1);
        visit(round, home, "IN_PERSON", "zh-CN", ScreeningFixtures.finding(home.residents().get(0), "36.5"),
                "{\"residentId\":" + refused + ",\"present\":true,\"temperatureRefused\":true,"
                        + "\"refusalReason\":\"本人拒绝，称刚从外地回来\"}")
                .andExpect(status().isCreated());

        Map<String, Object> finding = jdbc.queryForMap("select present, temperature, temperature_refused, refusal_reason"
                + " from screening_finding where resident_id = ?", refused);
        assertThat(finding).containsEntry("present", true).containsEntry("temperature", null)
                .containsEntry("temperature_refused", true).containsEntry("refusal_reason", "本人拒绝，称刚从外地回来");
        assertThat(seenInGrid(round)).isEqualTo(2);
        Map<String, Object> alert = jdbc.queryForMap("select * from command_alert where kind = ? and dedup_key = ?",
                "screening.temperatureRefused", "round-" + round + "-resident-" + refused);
        assertThat(alert).containsEntry("severity", "WARNING").containsEntry("region_code", ScreeningFixtures.GRID01)
                .containsEntry("link", "/screening-rounds/" + round + "?region=" + ScreeningFixtures.GRID01);
        // The name masked, as in every alert; the reason stays with the finding.
        assertThat((String) alert.get("title_args")).contains("张**").doesNotContain("张秀英").doesNotContain("外地");
        mvc.perform(get("/api/v1/alerts").param("kind", "screening.temperatureRefused")
                        .header("Authorization", tokens.bearer("commander")).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("入户拒绝测温：张**，网格 " + ScreeningFixtures.GRID01)));
    }

    @Test
    void aRefusalForSomeoneAbsentIsNotKept() throws Exception {
        long round = fixtures.openRound("commander", ScreeningFixtures.DISTRICT);
        ScreeningFixtures.Household home = fixtures.household("grid01", ScreeningFixtures.GRID01, 1);
        long away = home.residents().get(0);
        visit(round, home, "IN_PERSON", "zh-CN", "{\"residentId\":" + away + ",\"present\":false,"
                + "\"absenceReason\":\"外出务工\",\"temperatureRefused\":true,\"refusalReason\":\"不在\"}")
                .andExpect(status().isCreated());
        assertThat(jdbc.queryForMap("select temperature_refused, refusal_reason from screening_finding"
                + " where resident_id = ?", away)).containsEntry("temperature_refused", false)
                .containsEntry("refusal_reason", null);
        assertThat(jdbc.queryForObject("select count(*) from command_alert where kind = ? and dedup_key = ?",
                Long.class, "screening.temperatureRefused", "round-" + round + "-resident-" + away)).isZero();
    }

    @Test
    void thePhoneFormKeepsEveryInputAndSaysWhereTheTemperatureIsMissingThenTakesARefusal() throws Exception {
        long round = fixtures.openRound("commander", ScreeningFixtures.DISTRICT);
        ScreeningFixtures.Household home = fixtures.household("grid01", ScreeningFixtures.GRID01, 2);
        String path = "/screening-rounds/" + round + "/households/" + home.id() + "/visit";
        String page = mvc.perform(post(path).with(users.as("grid01")).with(csrf())
                        .param("requestKey", "door-temperature-1").param("mode", "IN_PERSON")
                        .param("notes", "敲门两次")
                        .param("findings[0].residentId", home.residents().get(0).toString())
                        .param("findings[0].present", "true").param("findings[0].temperature", "36.4")
                        .param("findings[1].residentId", home.residents().get(1).toString())
                        .param("findings[1].present", "true").param("findings[1].symptoms", "咳嗽")
                        .param("findings[1].travelledFrom", "佳木斯"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"36.4\"")))
                .andExpect(content().string(containsString("value=\"咳嗽\"")))
                .andExpect(content().string(containsString("value=\"佳木斯\"")))
                .andExpect(content().string(containsString("value=\"敲门两次\"")))
                .andExpect(content().string(containsString("door-temperature-1")))
                .andExpect(content().string(containsString("入户见到本人须测体温")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // The message stands by the second resident's temperature, the only field marked.
        Matcher marked = Pattern.compile("<input[^>]*is-invalid[^>]*>").matcher(page);
        assertThat(marked.find()).isTrue();
        assertThat(marked.group()).contains("id=\"findings1.temperature\"");
        assertThat(marked.find()).isFalse();
        assertThat(visitsOf(home)).isZero();

        mvc.perform(post(path).with(users.as("grid01")).with(csrf())
                        .param("requestKey", "door-temperature-1").param("mode", "IN_PERSON")
                        .param("findings[0].residentId", home.residents().get(0).toString())
                        .param("findings[0].present", "true").param("findings[0].temperature", "36.4")
                        .param("findings[1].residentId", home.residents().get(1).toString())
                        .param("findings[1].present", "true").param("findings[1].temperatureRefused", "true")
                        .param("findings[1].refusalReason", "隔门交谈，拒绝开门"))
                .andExpect(status().is3xxRedirection());
        assertThat(visitsOf(home)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select refusal_reason from screening_finding where resident_id = ?",
                String.class, home.residents().get(1))).isEqualTo("隔门交谈，拒绝开门");
    }

    private ResultActions visit(long round, ScreeningFixtures.Household home, String mode, String language,
            String... findings) throws Exception {
        return mvc.perform(post("/api/v1/screening-rounds/" + round + "/visits")
                .header("Authorization", tokens.bearer("grid01")).header("Accept-Language", language)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"householdId\":" + home.id() + ",\"mode\":\"" + mode + "\",\"findings\":["
                        + String.join(",", findings) + "]}"));
    }

    private long visitsOf(ScreeningFixtures.Household home) {
        return jdbc.queryForObject("select count(*) from screening_visit where household_id = ?", Long.class,
                home.id());
    }

    /** The residents the round counts as seen in the grid: this test's own round holds only its household. */
    private long seenInGrid(long round) throws Exception {
        String json = mvc.perform(get("/api/v1/screening-rounds/" + round + "/coverage")
                        .param("regionCode", ScreeningFixtures.GRID01).header("Authorization", tokens.bearer("grid01")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.seenResidents")).longValue();
    }
}
