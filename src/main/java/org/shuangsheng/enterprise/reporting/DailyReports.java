package org.shuangsheng.enterprise.reporting;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.audit.AuditOutcome;
import org.shuangsheng.enterprise.DailyReportDeadline;
import org.shuangsheng.enterprise.EnterprisePolicy;
import org.shuangsheng.enterprise.EnterpriseQueries;
import org.shuangsheng.enterprise.EnterpriseStatus;
import org.shuangsheng.enterprise.FilingView;
import org.shuangsheng.enterprise.internal.DailyReport;
import org.shuangsheng.enterprise.internal.DailyReportRepository;
import org.shuangsheng.enterprise.internal.Enterprise;
import org.shuangsheng.identity.AccountManagement;
import org.shuangsheng.identity.AccountView;
import org.shuangsheng.identity.CurrentUser;
import org.shuangsheng.identity.DataScope;
import org.shuangsheng.identity.DataScopes;
import org.shuangsheng.identity.PersonalDataCipher;
import org.shuangsheng.identity.Role;
import org.shuangsheng.notification.NotificationRequest;
import org.shuangsheng.notification.Notifications;
import org.shuangsheng.shared.Paging;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.NotFoundException;
import org.shuangsheng.shared.PhoneNumber;
import org.shuangsheng.shared.TypedText;
import org.shuangsheng.shared.validation.Violations;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily report (一日一报表) of each resumed enterprise: filed by its liaison (or the task
 * force for it) for today in the district's zone, marked late after the deadline, corrected the
 * same day with the change audited; and the task force's completeness view with a reminder to
 * every enterprise still missing, through the notification outbox.
 */
@Service
@Transactional
public class DailyReports {

    static final int MAX_STAFF = 1_000_000;

    private final DailyReportRepository reports;
    private final EnterpriseQueries queries;
    private final DataScopes scopes;
    private final DailyReportDeadline deadline;
    private final JdbcTemplate jdbc;
    private final PersonalDataCipher cipher;
    private final Notifications notifications;
    private final AccountManagement accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final MessageSource messages;
    private final EnterprisePolicy policy;
    private final Validator validator;

    DailyReports(DailyReportRepository reports, EnterpriseQueries queries, DataScopes scopes,
            DailyReportDeadline deadline, JdbcTemplate jdbc, PersonalDataCipher cipher, Notifications notifications,
            AccountManagement accounts, AuditLog audit, Clock clock, MessageSource messages, EnterprisePolicy policy,
            Validator validator) {
        this.reports = reports;
        this.validator = validator;
        this.policy = policy;
        this.queries = queries;
        this.scopes = scopes;
        this.deadline = deadline;
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.notifications = notifications;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.messages = messages;
    }

    /**
     * Files today's report, or corrects it when one was filed today already. Only a resumed
     * enterprise reports, and only for today: yesterday's report can no longer be changed.
     */
    public long submit(long enterpriseId, NewDailyReport report) {
        Enterprise enterprise = queries.requireEnterprise(enterpriseId);
        if (!policy.mayFileFor(enterpriseId, enterprise.getRegionPath())) {
            throw new NotFoundException("enterprise");
        }
        Instant now = clock.instant();
        LocalDate today = deadline.today(clock);
        Violations violations = Violations.of(validator, report);
        if (enterprise.getStatus() != EnterpriseStatus.RESUMED) {
            violations.add(null, "enterprise.report.notResumed");
        }
        if (report.date() != null && !report.date().equals(today)) {
            violations.add("date", "enterprise.report.onlyToday", today);
        }
        violations.throwIfAny();
        DailyReport.Figures figures = figures(report);
        String by = CurrentUser.scope().map(s -> s.username()).orElse("system");
        Optional<DailyReport> existing = reports.findByEnterpriseIdAndReportDate(enterpriseId, today);
        if (existing.isPresent()) {
            DailyReport saved = existing.get();
            String changed = changes(saved.figures(), figures);
            saved.correct(figures, now);
            audit.record(AuditAction.UPDATE, "enterprise-daily-report", enterpriseId + "/" + today,
                    AuditOutcome.SUCCESS, "corrected by " + by + ": " + changed);
            return saved.getId();
        }
        boolean late = deadline.isLate(now, today, resumedAt(enterprise));
        DailyReport saved = reports.save(new DailyReport(enterpriseId, enterprise.getRegionPath(), today, figures,
                late, now, by));
        audit.record(AuditAction.CREATE, "enterprise-daily-report", enterpriseId + "/" + today,
                AuditOutcome.SUCCESS, late ? "late" : "on time");
        return saved.getId();
    }

    /**
     * When the enterprise resumed: its first filing resumes it at once, so the unamended
     * filing's time is the resumption's; an amendment overwrites that time, hence unknown then.
     */
    private Instant resumedAt(Enterprise enterprise) {
        return queries.filing(enterprise.getId()).filter(f -> f.amendments() == 0).map(FilingView::filedAt)
                .orElse(null);
    }

    @Transactional(readOnly = true)
    public Optional<DailyReportView> today(long enterpriseId) {
        queries.requireEnterprise(enterpriseId);
        return reports.findByEnterpriseIdAndReportDate(enterpriseId, deadline.today(clock)).map(DailyReports::view);
    }

    /** The last two weeks' reports of an enterprise of the caller's scope, latest first. */
    @Transactional(readOnly = true)
    public List<DailyReportView> recent(long enterpriseId) {
        queries.requireEnterprise(enterpriseId);
        return reports.findTop14ByEnterpriseIdOrderByReportDateDesc(enterpriseId).stream().map(DailyReports::view)
                .toList();
    }

    /** The district's date now, for pages and the API's default. */
    public LocalDate todayInDistrict() {
        return deadline.today(clock);
    }

    /** The completeness of a day with the first page of missing enterprises. */
    @Transactional(readOnly = true)
    public Completeness completeness(LocalDate date) {
        return completeness(date, 0, Completeness.PAGE_SIZE);
    }

    /**
     * Who has reported on a day within the caller's scope, counted in the database: the
     * enterprises resumed on or before that day and still resumed are expected. The missing
     * ones are listed a page at a time, by subdistrict and name.
     */
    @Transactional(readOnly = true)
    public Completeness completeness(LocalDate date, int page, int size) {
        int shown = Math.min(Math.max(size, 1), Completeness.MAX_PAGE_SIZE);
        int number = Paging.page(page);
        MissingQuery query = missing(date);
        long[] totals = new long[3];
        jdbc.query("SELECT COUNT(*), COUNT(r.id), COALESCE(SUM(CASE WHEN r.late THEN 1 ELSE 0 END), 0)" + query.from,
                rs -> {
                    totals[0] = rs.getLong(1);
                    totals[1] = rs.getLong(2);
                    totals[2] = rs.getLong(3);
                }, query.args.toArray());
        List<Completeness.Share> bySubdistrict = shares("e.subdistrict_code", query.from, query.args);
        List<Completeness.Share> byIndustry = shares("e.industry", query.from, query.args);
        List<Completeness.Missing> missing = new ArrayList<>();
        List<Object> args = new ArrayList<>(query.args);
        args.add(shown);
        args.add((long) number * shown);
        jdbc.query(query.select + " LIMIT ? OFFSET ?", rs -> {
            missing.add(query.row(rs));
        }, args.toArray());
        return new Completeness(date, totals[0], totals[1], totals[2], totals[0] - totals[1], missing, number, shown,
                bySubdistrict, byIndustry);
    }

    /**
     * Every enterprise of the caller's scope missing the day's report, by subdistrict and name,
     * handed over one at a time so that a city's list is never held in memory at once.
     */
    @Transactional(readOnly = true)
    public void forEachMissing(LocalDate date, java.util.function.Consumer<Completeness.Missing> action) {
        MissingQuery query = missing(date);
        jdbc.query(query.select, rs -> {
            action.accept(query.row(rs));
        }, query.args.toArray());
    }

    /** The query of a day's expected enterprises with their report, if any, within the caller's scope. */
    private MissingQuery missing(LocalDate date) {
        DataScope.SqlCondition scope = sqlScope(scopes.current());
        List<Object> args = new ArrayList<>(List.of(java.sql.Date.valueOf(date), java.sql.Date.valueOf(date)));
        args.addAll(scope.params());
        String from = " FROM enterprise e LEFT JOIN enterprise_daily_report r ON r.enterprise_id = e.id"
                + " AND r.report_date = ? WHERE e.status = 'RESUMED' AND e.resumed_on <= ? AND " + scope.sql();
        return new MissingQuery(from, "SELECT e.id, e.name, e.subdistrict_code, e.liaison_name, e.liaison_phone"
                + from + " AND r.id IS NULL ORDER BY e.subdistrict_code, e.name, e.id", args);
    }

    private final class MissingQuery {
        final String from;
        final String select;
        final List<Object> args;

        MissingQuery(String from, String select, List<Object> args) {
            this.from = from;
            this.select = select;
            this.args = args;
        }

        Completeness.Missing row(java.sql.ResultSet rs) throws java.sql.SQLException {
            return new Completeness.Missing(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    PhoneNumber.parse(cipher.decrypt(rs.getString(5))).masked());
        }
    }

    private List<Completeness.Share> shares(String column, String from, List<Object> args) {
        List<Completeness.Share> shares = new ArrayList<>();
        jdbc.query("SELECT " + column + ", COUNT(*), COUNT(r.id)" + from + " GROUP BY " + column + " ORDER BY "
                + column, rs -> {
                    shares.add(new Completeness.Share(rs.getString(1), rs.getLong(2), rs.getLong(3),
                            Completeness.percent(rs.getLong(3), rs.getLong(2))));
                }, args.toArray());
        return shares;
    }

    /**
     * Sends a reminder to the liaison account(s) of every enterprise of the caller's scope still
     * missing today's report; a second click the same day sends nothing twice. Answers how many
     * enterprises were reminded.
     */
    public int remindMissing() {
        LocalDate today = deadline.today(clock);
        if (completeness(today, 0, 1).missingCount() == 0) {
            return 0;
        }
        Map<Long, List<String>> liaisons = new HashMap<>();
        int page = 0;
        org.springframework.data.domain.Page<AccountView> found;
        do {
            found = accounts.search(null, Role.ENTERPRISE, true, PageRequest.of(page++, 1000));
            found.forEach(a -> {
                if (a.enterpriseId() != null) {
                    liaisons.computeIfAbsent(a.enterpriseId(), k -> new ArrayList<>()).add(a.username());
                }
            });
        } while (found.hasNext());
        int[] reminded = {0};
        forEachMissing(today, m -> {
            for (String username : liaisons.getOrDefault(m.enterpriseId(), List.of())) {
                // In the district's language, like every message of the outbox.
                notifications.send(new NotificationRequest(username, null, null,
                        messages.getMessage("enterprise.notice.remind.subject", null, Locale.SIMPLIFIED_CHINESE),
                        messages.getMessage("enterprise.notice.remind.body",
                                new Object[] {m.name(), today.toString(), deadline.deadline().toString()},
                                Locale.SIMPLIFIED_CHINESE),
                        null, "daily-report-remind/" + today + "/" + m.enterpriseId() + "/" + username));
            }
            reminded[0]++;
        });
        audit.record(AuditAction.UPDATE, "enterprise-daily-report", today.toString(), AuditOutcome.SUCCESS,
                "reminded " + reminded[0] + " enterprises");
        return reminded[0];
    }

    static DataScope.SqlCondition sqlScope(DataScope scope) {
        if (scope instanceof DataScope.Regions regions) {
            return regions.condition("e.region_path");
        }
        if (scope instanceof DataScope.Enterprise e) {
            return new DataScope.SqlCondition("e.id = ?", List.of(e.enterpriseId()));
        }
        if (scope instanceof DataScope.Paired p) {
            return new DataScope.SqlCondition(
                    "e.id IN (SELECT p.enterprise_id FROM enterprise_pairing p WHERE p.cadre_user_id = ?)",
                    List.of(p.cadreUserId()));
        }
        return new DataScope.SqlCondition("(1 = 0)", List.of());
    }

    /** The figures of a report whose constraints held. */
    private static DailyReport.Figures figures(NewDailyReport r) {
        return new DailyReport.Figures(r.onSiteStaff(), r.returnedToday(), r.fromKeyAreas(), r.inQuarantine(),
                r.withFever(), !Boolean.FALSE.equals(r.temperatureChecked()), r.disinfected(), r.maskDays(),
                r.thermometerDays(), TypedText.stripped(r.problems()));
    }

    private static String changes(DailyReport.Figures before, DailyReport.Figures after) {
        List<String> changed = new ArrayList<>();
        var components = DailyReport.Figures.class.getRecordComponents();
        for (var component : components) {
            try {
                Object a = component.getAccessor().invoke(before);
                Object b = component.getAccessor().invoke(after);
                if (!java.util.Objects.equals(a, b)) {
                    changed.add(component.getName() + " " + (component.getName().equals("problems") ? "changed"
                            : a + " -> " + b));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return changed.isEmpty() ? "no change" : String.join(", ", changed);
    }

    private static DailyReportView view(DailyReport r) {
        DailyReport.Figures f = r.figures();
        return new DailyReportView(r.getId(), r.getEnterpriseId(), r.getReportDate(), f.onSiteStaff(),
                f.returnedToday(), f.fromKeyAreas(), f.inQuarantine(), f.withFever(), f.temperatureChecked(),
                f.disinfected(), f.maskDays(), f.thermometerDays(), f.problems(), r.isLate(), r.getSubmittedAt(),
                r.getSubmittedBy(), r.getCorrections());
    }
}
