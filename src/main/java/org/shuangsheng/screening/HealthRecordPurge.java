package org.shuangsheng.screening;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.audit.AuditOutcome;
import org.shuangsheng.identity.DataScope;
import org.shuangsheng.identity.DataScopes;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.InvalidInputException.Violation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention purge of health and travel records (SECURITY.md 12, PIPL art. 19): once the
 * emergency ends, a person with a typed reason removes what is older than
 * {@code shuangsheng.retention.health-days} (default 180) in the caller's region scope. The
 * cut-off is the start of the day that many days before today in the clock's zone; a record dated
 * before it goes, a record of that day or later stays.
 *
 * <p>What goes: the health and travel fields of findings (temperature, symptoms, where from,
 * arrival, transport, contact with a case, measures, why absent, why the temperature was refused)
 * and the notes of visits, which keep the visit, the resident and whether they were seen, so coverage stays as it was; daily
 * check-ins, deleted; the reasons, place and notes of quarantine orders released or dismissed
 * before the cut-off, which keep their dates for the day figures; and the risk level of residents
 * last observed before the cut-off, deleted (they read as never assessed), unless an order of
 * theirs is still open. Open orders and their check-ins stay. A record with nothing
 * left to remove is not counted again, so a second purge touches nothing. Other modules' health
 * records ({@link RetainedHealthRecords}) go in the same transaction, counted under their kind.
 */
@Service
public class HealthRecordPurge {

    static final int MIN_REASON = 4;
    static final int MAX_REASON = 200;

    /**
     * How many records a purge touches (or touched), per kind, and the cut-off it uses;
     * {@code others} by the message key of each other module's kind.
     */
    public record Counts(LocalDate cutoff, int retentionDays, long findings, long visitNotes, long checkIns,
            long quarantines, long riskLevels, Map<String, Long> others) {

        public Counts {
            others = Map.copyOf(others);
        }

        public Counts(LocalDate cutoff, int retentionDays, long findings, long visitNotes, long checkIns,
                long quarantines, long riskLevels) {
            this(cutoff, retentionDays, findings, visitNotes, checkIns, quarantines, riskLevels, Map.of());
        }

        public long total() {
            return findings + visitNotes + checkIns + quarantines + riskLevels
                    + others.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static final String FINDING_HAS_HEALTH = "(temperature is not null or symptoms is not null"
            + " or travelled_from is not null or arrived_on is not null or transport is not null"
            + " or contact_with_case = true or measures is not null or absence_reason is not null"
            + " or refusal_reason is not null)";
    private static final String FINDING_OLD = " where visited_at < ? and " + FINDING_HAS_HEALTH;
    private static final String FINDINGS = " from screening_finding" + FINDING_OLD;
    private static final String VISIT_OLD = " where visited_at < ? and notes is not null";
    private static final String VISIT_NOTES = " from screening_visit" + VISIT_OLD;
    private static final String OPEN_ORDERS =
            "(select %s from screening_quarantine where status in ('PROPOSED', 'CONFIRMED'))";
    private static final String CHECK_INS = " from screening_check_in where check_date < ? and quarantine_id not in "
            + OPEN_ORDERS.formatted("id");
    private static final String QUARANTINE_CLOSED = " where ((status = 'RELEASED' and released_on < ?)"
            + " or (status = 'DISMISSED' and decided_at < ?)) and (reasons <> '' or place is not null"
            + " or dismiss_reason is not null or release_note is not null)";
    private static final String QUARANTINES = " from screening_quarantine" + QUARANTINE_CLOSED;
    private static final String RISK_LEVELS = " from screening_risk where coalesce(last_normal, since) < ?"
            + " and resident_id not in " + OPEN_ORDERS.formatted("resident_id");

    private final JdbcClient jdbc;
    private final DataScopes scopes;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final int retentionDays;
    private final List<RetainedHealthRecords> others;

    @Autowired
    HealthRecordPurge(JdbcClient jdbc, DataScopes scopes, AuditLog audit, Clock clock,
            PlatformTransactionManager transactionManager,
            @Value("${shuangsheng.retention.health-days:180}") int retentionDays,
            ObjectProvider<RetainedHealthRecords> others) {
        this(jdbc, scopes, audit, clock, transactionManager, retentionDays, others.orderedStream().toList());
    }

    HealthRecordPurge(JdbcClient jdbc, DataScopes scopes, AuditLog audit, Clock clock,
            PlatformTransactionManager transactionManager, int retentionDays, List<RetainedHealthRecords> others) {
        if (retentionDays < 1) {
            throw new IllegalArgumentException("shuangsheng.retention.health-days must be at least 1");
        }
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.retentionDays = retentionDays;
        this.others = others;
    }

    /** The first day whose records are kept: today in the clock's zone less the retention days. */
    public LocalDate cutoff() {
        return LocalDate.now(clock).minusDays(retentionDays);
    }

    /** What a purge now would touch in the caller's scope (nothing outside a region scope). */
    public Counts preview() {
        LocalDate cutoff = cutoff();
        DataScope scope = scopes.current();
        return transactions.execute(status -> new Counts(cutoff, retentionDays,
                count(FINDINGS, scope, at(cutoff)),
                count(VISIT_NOTES, scope, at(cutoff)),
                count(CHECK_INS, scope, cutoff),
                count(QUARANTINES, scope, cutoff, at(cutoff)),
                count(RISK_LEVELS, scope, cutoff),
                others(scope, (other, regions) -> other.count(cutoff, regions))));
    }

    /**
     * Purges, in one transaction, what {@link #preview} counts, and audits the counts with the
     * reason (never a person's values).
     *
     * @throws InvalidInputException on {@code reason} (missing, shorter than 4 or longer than 200
     *         characters) or {@code confirmed} (not confirmed)
     */
    public Counts purge(String reason, boolean confirmed) {
        String why = reason == null ? "" : reason.strip().replaceAll("\\p{Cntrl}", " ");
        List<Violation> violations = new ArrayList<>();
        if (why.codePointCount(0, why.length()) < MIN_REASON) {
            violations.add(new Violation("reason", "retention.reason.required", MIN_REASON));
        } else if (why.length() > MAX_REASON) {
            violations.add(new Violation("reason", "retention.reason.tooLong", MAX_REASON));
        }
        if (!confirmed) {
            violations.add(new Violation("confirmed", "retention.confirm.required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        LocalDate cutoff = cutoff();
        DataScope scope = scopes.current();
        Counts counts = transactions.execute(status -> new Counts(cutoff, retentionDays,
                update("update screening_finding set temperature = null, symptoms = null, travelled_from = null,"
                        + " arrived_on = null, transport = null, contact_with_case = false, measures = null,"
                        + " absence_reason = null, refusal_reason = null" + FINDING_OLD, scope, at(cutoff)),
                update("update screening_visit set notes = null" + VISIT_OLD, scope, at(cutoff)),
                update("delete" + CHECK_INS, scope, cutoff),
                update("update screening_quarantine set reasons = '', place = null, dismiss_reason = null,"
                        + " release_note = null" + QUARANTINE_CLOSED,
                        scope, cutoff, at(cutoff)),
                update("delete" + RISK_LEVELS, scope, cutoff),
                others(scope, (other, regions) -> other.purge(cutoff, regions))));
        audit.record(AuditAction.PURGE, "screening_health_records", null, AuditOutcome.SUCCESS,
                "retention " + retentionDays + " days, before " + cutoff + ": findings " + counts.findings()
                        + ", visit notes " + counts.visitNotes() + ", check-ins " + counts.checkIns()
                        + ", quarantine orders " + counts.quarantines() + ", risk levels " + counts.riskLevels()
                        + counts.others().entrySet().stream().map(e -> ", " + e.getKey() + " " + e.getValue())
                                .sorted().reduce("", String::concat)
                        + "; reason: " + why);
        return counts;
    }

    /** Each other module's figure, none outside a region scope. */
    private Map<String, Long> others(DataScope scope,
            java.util.function.ToLongBiFunction<RetainedHealthRecords, DataScope.Regions> figure) {
        Map<String, Long> figures = new LinkedHashMap<>();
        for (RetainedHealthRecords other : others) {
            figures.put(other.kind(), scope instanceof DataScope.Regions regions ? figure.applyAsLong(other, regions)
                    : 0L);
        }
        return figures;
    }

    private OffsetDateTime at(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    private long count(String from, DataScope scope, Object... params) {
        return scoped("select count(*)" + from, scope, params).map(s -> s.query(Long.class).single()).orElse(0L);
    }

    private long update(String sql, DataScope scope, Object... params) {
        return scoped(sql, scope, params).map(s -> (long) s.update()).orElse(0L);
    }

    /** The statement limited to the scope's region paths; none outside a region scope. */
    private Optional<JdbcClient.StatementSpec> scoped(String sql, DataScope scope, Object... params) {
        if (!(scope instanceof DataScope.Regions regions)) {
            return Optional.empty();
        }
        DataScope.SqlCondition condition = regions.condition("region_path");
        List<Object> all = new ArrayList<>(List.of(params));
        all.addAll(condition.params());
        return Optional.of(jdbc.sql(sql + " and " + condition.sql()).params(all));
    }
}
