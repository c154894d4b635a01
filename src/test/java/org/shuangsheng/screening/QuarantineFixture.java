package org.shuangsheng.screening;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.shared.ResidentIdNumber;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Real households registered through the population API, and visits to them published as the
 * visit side publishes them: a {@link VisitRecorded} inside a transaction.
 */
class QuarantineFixture {

    static final String GRID01 = "23050600100101";
    static final String GRID02 = "23050600200101";
    static final AtomicLong VISITS = new AtomicLong(900_000);
    static final AtomicLong HOUSES = new AtomicLong(1);

    /** One person of a visit: what the grid worker found. */
    record Seen(String temperature, String symptoms, String travelledFrom, LocalDate arrivedOn, boolean contact) {

        static Seen normal() {
            return new Seen("36.5", null, null, null, false);
        }

        static Seen caseContact() {
            return new Seen("36.6", null, null, null, true);
        }

        static Seen feverish() {
            return new Seen("38.2", null, null, null, false);
        }
    }

    /** A registered household: its id, grid, path and residents' ids, in member order. */
    record Home(long id, String grid, String path, List<Long> residents) {
    }

    private final MockMvc mvc;
    private final ApiTokensForTests tokens;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    QuarantineFixture(MockMvc mvc, ApiTokensForTests tokens, JdbcTemplate jdbc, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, Clock clock) {
        this.mvc = mvc;
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    static final AtomicLong PEOPLE = new AtomicLong();

    /** A valid test ID number (address code 110105, born in 1975), never the same twice in a run. */
    static String idNumber() {
        long n = PEOPLE.incrementAndGet();
        String first17 = "110105" + LocalDate.of(1975, 1, 1).plusDays(n / 400).toString().replace("-", "")
                + String.format("%03d", 100 + n % 400);
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A household of {@code size} residents (names 王建国, 王建国1, ...) registered by the grid's worker. */
    Home household(String worker, String grid, int size) throws Exception {
        StringBuilder members = new StringBuilder();
        for (int i = 0; i < size; i++) {
            members.append(i == 0 ? "" : ",").append("{\"name\":\"").append(i == 0 ? "王建国" : "王建国" + i)
                    .append("\",\"idNumber\":\"").append(idNumber()).append("\",\"relation\":\"")
                    .append(i == 0 ? "户主" : "子女").append("\"}");
        }
        String body = mvc.perform(post("/api/v1/households").header("Authorization", tokens.bearer(worker))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"gridCode\":\"" + grid + "\",\"address\":\"隔离测试小区" + HOUSES.incrementAndGet()
                                + "号\",\"members\":[" + members + "]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        String household = mvc.perform(get("/api/v1/households/" + id).header("Authorization", tokens.bearer(worker)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Long> residents = new ArrayList<>();
        for (Object resident : (List<?>) JsonPath.read(household, "$.members[*].id")) {
            residents.add(((Number) resident).longValue());
        }
        String path = jdbc.queryForObject("select region_path from population_household where id = ?", String.class, id);
        return new Home(id, grid, path, residents);
    }

    /** Publishes a visit on {@code day} finding {@code seen[i]} for the household's i-th resident. */
    void visit(Home home, LocalDate day, Seen... seen) {
        List<VisitRecorded.Finding> findings = new ArrayList<>();
        for (int i = 0; i < seen.length; i++) {
            Seen s = seen[i];
            findings.add(new VisitRecorded.Finding(VISITS.incrementAndGet(), home.residents().get(i), true,
                    s.temperature() == null ? null : new BigDecimal(s.temperature()), s.symptoms(), s.travelledFrom(),
                    s.arrivedOn(), s.contact()));
        }
        Instant at = day.atTime(LocalTime.of(9, 30)).atZone(clock.getZone()).toInstant();
        transaction.executeWithoutResult(status -> events.publishEvent(new VisitRecorded(1, VISITS.incrementAndGet(),
                home.id(), home.grid(), home.path(), at, VisitMode.IN_PERSON, 1, findings)));
    }

    /** The open (proposed or confirmed) order of a resident. */
    long orderOf(long residentId) {
        return jdbc.queryForObject("select id from screening_quarantine where resident_id = ? and status in"
                + " ('PROPOSED', 'CONFIRMED')", Long.class, residentId);
    }

    int ordersOf(long residentId) {
        return jdbc.queryForObject("select count(*) from screening_quarantine where resident_id = ?", Integer.class,
                residentId);
    }

    String levelOf(long residentId) {
        List<String> levels = jdbc.queryForList("select risk_level from screening_risk where resident_id = ?",
                String.class, residentId);
        return levels.isEmpty() ? null : levels.get(0);
    }

    void confirm(String official, long order) throws Exception {
        mvc.perform(post("/api/v1/quarantines/" + order + "/confirm").header("Authorization", tokens.bearer(official))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"type\":\"HOME\"}"))
                .andExpect(status().isOk());
    }
}
