package org.shuangsheng.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.identity.DataScopes;
import org.shuangsheng.screening.QuarantineFixture.Home;
import org.shuangsheng.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The retention purge on a fixed clock: 2020-09-01 in Shanghai with 180 days keeps what happened
 * from 2020-03-05 00:00 Shanghai time on. A household visited at 23:30 on the 4th loses its
 * health and travel data; one visited at 00:30 on the 5th (still the 4th in UTC) keeps it.
 */
@PlatformTest
class HealthRecordPurgeTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Clock SEPTEMBER = Clock.fixed(Instant.parse("2020-09-01T02:00:00Z"), SHANGHAI);
    static final LocalDate CUTOFF = LocalDate.of(2020, 3, 5);

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JdbcClient jdbcClient;

    @Autowired
    DataScopes scopes;

    @Autowired
    AuditLog audit;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    Clock clock;

    QuarantineFixture fixture;
    HealthRecordPurge purge;

    @BeforeEach
    void setUp() {
        fixture = new QuarantineFixture(mvc, tokens, jdbc, events, transactions, clock);
        purge = new HealthRecordPurge(jdbcClient, scopes, audit, SEPTEMBER, transactions, 180, List.of());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    void signIn(String username) {
        UserDetails user = accounts.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @Test
    void aPurgeClearsHealthAndTravelDataBeforeTheCutoffAndNothingElse() throws Exception {
        long round = id(mvc.perform(post("/api/v1/screening-rounds").header("Authorization", tokens.bearer("commander"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"2020年春排查\",\"startDate\":\"2020-03-01\",\"endDate\":\"2020-03-10\","
                        + "\"regionCode\":\"" + QuarantineFixture.GRID01 + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        Home before = fixture.household("grid01", QuarantineFixture.GRID01, 2);
        Home after = fixture.household("grid01", QuarantineFixture.GRID01, 2);
        long oldVisit = visit(round, before, "2020-03-04T23:30+08:00");
        long newVisit = visit(round, after, "2020-03-05T00:30+08:00");
        long oldOrder = quarantineFor(before, "2020-03-04");
        long newOrder = quarantineFor(after, "2020-03-05");
        assertThat(fixture.levelOf(before.residents().get(0))).isEqualTo("RED");

        String coverage = coverage(round);
        List<Map<String, Object>> keptBefore = rowsFrom(CUTOFF);
        List<Map<String, Object>> newRowsBefore = rowsOf(newVisit, newOrder, after);

        signIn("commander");
        HealthRecordPurge.Counts preview = purge.preview();
        assertThat(preview.cutoff()).isEqualTo(CUTOFF);
        assertThat(preview).isEqualTo(new HealthRecordPurge.Counts(CUTOFF, 180, 2, 1, 1, 1, 1));

        HealthRecordPurge.Counts done = purge.purge("疫情结束，按期限清除", true);

        assertThat(done).isEqualTo(preview);
        Map<String, Object> fever = jdbc.queryForMap("select * from screening_finding where visit_id = ? and"
                + " resident_id = ?", oldVisit, before.residents().get(0));
        assertThat(fever).containsEntry("present", true).containsEntry("temperature", null)
                .containsEntry("symptoms", null).containsEntry("travelled_from", null).containsEntry("arrived_on", null)
                .containsEntry("transport", null).containsEntry("contact_with_case", false)
                .containsEntry("measures", null);
        Map<String, Object> away = jdbc.queryForMap("select * from screening_finding where visit_id = ? and"
                + " resident_id = ?", oldVisit, before.residents().get(1));
        assertThat(away).containsEntry("present", false).containsEntry("absence_reason", null);
        assertThat(jdbc.queryForObject("select notes from screening_visit where id = ?", String.class, oldVisit))
                .isNull();
        assertThat(jdbc.queryForObject("select count(*) from screening_check_in where quarantine_id = ?", Long.class,
                oldOrder)).isZero();
        Map<String, Object> order = jdbc.queryForMap("select * from screening_quarantine where id = ?", oldOrder);
        assertThat(order).containsEntry("reasons", "").containsEntry("release_note", null)
                .containsEntry("status", "RELEASED").containsEntry("start_date", java.sql.Date.valueOf("2020-03-04"));
        assertThat(fixture.levelOf(before.residents().get(0))).isNull();

        // Nothing of the cut-off day or later changed, and coverage reads as before.
        assertThat(rowsOf(newVisit, newOrder, after)).isEqualTo(newRowsBefore);
        assertThat(rowsFrom(CUTOFF)).isEqualTo(keptBefore);
        assertThat(coverage(round)).isEqualTo(coverage);

        // A second purge finds nothing left to remove.
        assertThat(purge.preview().total()).isZero();
        assertThat(purge.purge("再次清除确认", true).total()).isZero();

        String detail = jdbc.queryForObject("select detail from audit_event where action = 'PURGE' and object_type ="
                + " 'screening_health_records' and detail like '%findings 2,%' order by id desc limit 1", String.class);
        assertThat(detail).contains("before 2020-03-05", "check-ins 1", "疫情结束").doesNotContain("38.5", "咳嗽",
                "武汉", "王建国");
    }

    @Test
    void aPurgeNeedsAReasonAndAConfirmation() throws Exception {
        signIn("commander");
        assertThatThrownBy(() -> purge.purge("  ", true)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> purge.purge("疫情结束清除", false)).isInstanceOf(InvalidInputException.class);

        mvc.perform(post("/api/v1/retention/purge").header("Authorization", tokens.bearer("commander"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", Matchers.is("reason")));
        mvc.perform(post("/retention/purge").with(users.as("commander")).with(csrf()).param("reason", "疫情已结束"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("疫情已结束")))
                .andExpect(content().string(Matchers.containsString("请勾选确认")));
    }

    @Test
    void theCommanderSeesWhatAPurgeWouldTouchAndRunsItFromThePage() throws Exception {
        mvc.perform(get("/retention").with(users.as("commander")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"retention-counts\"")));
        mvc.perform(get("/api/v1/retention").header("Authorization", tokens.bearer("commander")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.retentionDays", Matchers.is(180)));
        mvc.perform(post("/retention/purge").with(users.as("commander")).with(csrf()).param("reason", "疫情已结束")
                        .param("confirmed", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/api/v1/retention/purge").header("Authorization", tokens.bearer("commander"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"疫情已结束\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.retentionDays", Matchers.is(180)));
    }

    private long visit(long round, Home home, String at) throws Exception {
        String findings = "{\"residentId\":" + home.residents().get(0) + ",\"present\":true,\"temperature\":\"38.5\","
                + "\"symptoms\":\"咳嗽\",\"travelledFrom\":\"武汉\",\"arrivedOn\":\"2020-03-01\",\"transport\":\"G123\","
                + "\"contactWithCase\":true,\"measures\":\"居家观察\"},{\"residentId\":" + home.residents().get(1)
                + ",\"present\":false,\"absenceReason\":\"住院治疗\"}";
        return id(mvc.perform(post("/api/v1/screening-rounds/" + round + "/visits")
                        .header("Authorization", tokens.bearer("grid01")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"householdId\":" + home.id() + ",\"visitedAt\":\"" + at + "\",\"mode\":\"IN_PERSON\","
                                + "\"notes\":\"门口测温\",\"findings\":[" + findings + "]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    /** Confirms the order the visit proposed, checks in on {@code day} and releases early that day. */
    private long quarantineFor(Home home, String day) throws Exception {
        long order = fixture.orderOf(home.residents().get(0));
        fixture.confirm("hongqi", order);
        mvc.perform(post("/api/v1/quarantines/" + order + "/check-ins").header("Authorization", tokens.bearer("grid01"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"" + day + "\",\"temperature\":\"36.8\",\"symptoms\":\"乏力\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/quarantines/" + order + "/release").header("Authorization", tokens.bearer("hongqi"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"" + day + "\",\"note\":\"转院治疗\"}"))
                .andExpect(status().isOk());
        return order;
    }

    private String coverage(long round) throws Exception {
        return mvc.perform(get("/api/v1/screening-rounds/" + round + "/coverage")
                        .param("regionCode", QuarantineFixture.GRID01).header("Authorization", tokens.bearer("commander")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private List<Map<String, Object>> rowsOf(long visit, long order, Home home) {
        return List.of(
                Map.of("findings", jdbc.queryForList("select * from screening_finding where visit_id = ? order by id",
                        visit)),
                Map.of("visit", jdbc.queryForList("select * from screening_visit where id = ?", visit)),
                Map.of("checkIns", jdbc.queryForList("select * from screening_check_in where quarantine_id = ?", order)),
                Map.of("order", jdbc.queryForList("select * from screening_quarantine where id = ?", order)),
                Map.of("risk", jdbc.queryForList("select * from screening_risk where resident_id = ?",
                        home.residents().get(0))));
    }

    /** Every record of the purged kinds dated on {@code day} or later. */
    private List<Map<String, Object>> rowsFrom(LocalDate day) {
        Instant start = day.atStartOfDay(SHANGHAI).toInstant();
        return List.of(
                Map.of("findings", jdbc.queryForList("select * from screening_finding where visited_at >= ? order by id",
                        java.sql.Timestamp.from(start))),
                Map.of("visits", jdbc.queryForList("select * from screening_visit where visited_at >= ? order by id",
                        java.sql.Timestamp.from(start))),
                Map.of("checkIns", jdbc.queryForList("select * from screening_check_in where check_date >= ? order by id",
                        day)),
                Map.of("orders", jdbc.queryForList("select * from screening_quarantine where coalesce(released_on,"
                        + " planned_end) >= ? order by id", day)),
                Map.of("risks", jdbc.queryForList("select * from screening_risk where coalesce(last_normal, since) >= ?"
                        + " order by resident_id", day)));
    }

    private static long id(String json) {
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }
}
