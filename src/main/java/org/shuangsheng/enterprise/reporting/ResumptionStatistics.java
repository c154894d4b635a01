package org.shuangsheng.enterprise.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.shuangsheng.enterprise.DailyReportDeadline;
import org.shuangsheng.enterprise.Industry;
import org.shuangsheng.identity.DataScope;
import org.shuangsheng.identity.DataScopes;
import org.shuangsheng.region.RegionQueries;
import org.shuangsheng.region.RegionView;
import org.shuangsheng.shared.PastDay;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resumption progress (复工进度统计) within the caller's scope on a day: counted in the database,
 * one aggregate over the enterprises and one over the day's daily reports, each grouped by
 * subdistrict and industry section at once; the totals and the two groupings are summed from
 * those few rows. An enterprise's status is today's: a past day only moves the resumption date
 * and the daily reports counted.
 */
@Service
@Transactional(readOnly = true)
public class ResumptionStatistics {

    private final JdbcTemplate jdbc;
    private final DataScopes scopes;
    private final RegionQueries regions;
    private final DailyReportDeadline deadline;
    private final Clock clock;

    ResumptionStatistics(JdbcTemplate jdbc, DataScopes scopes, RegionQueries regions, DailyReportDeadline deadline,
            Clock clock) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.regions = regions;
        this.deadline = deadline;
        this.clock = clock;
    }

    /** The district's date now. */
    public LocalDate today() {
        return deadline.today(clock);
    }

    /**
     * The {@code date} parameter of the page, the export and the API: an ISO date, today or
     * before; blank means today.
     */
    public LocalDate day(String text) {
        LocalDate today = today();
        return PastDay.parse(text, today, "enterprise.resumption.date").orElse(today);
    }

    public ResumptionProgress progress(LocalDate date) {
        DataScope.SqlCondition scope = DailyReports.sqlScope(scopes.current());
        java.sql.Date day = java.sql.Date.valueOf(date);
        Map<Key, Tally> cells = new TreeMap<>();
        String resumed = "e.status = 'RESUMED' AND e.resumed_on <= ?";
        List<Object> args = new ArrayList<>(List.of(day, day, day));
        args.addAll(scope.params());
        jdbc.query("SELECT e.subdistrict_code, e.industry, COUNT(*),"
                + " SUM(CASE WHEN " + resumed + " THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN e.major_project THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN e.major_project AND " + resumed + " THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN " + resumed + " THEN COALESCE(e.headcount, 0) ELSE 0 END)"
                + " FROM enterprise e WHERE e.status <> 'CLOSED' AND " + scope.sql()
                + " GROUP BY e.subdistrict_code, e.industry", rs -> {
                    Tally t = cells.computeIfAbsent(new Key(rs.getString(1), rs.getString(2)), k -> new Tally());
                    t.enterprises += rs.getLong(3);
                    t.resumed += rs.getLong(4);
                    t.majorProjects += rs.getLong(5);
                    t.majorResumed += rs.getLong(6);
                    t.registeredStaff += rs.getLong(7);
                }, args.toArray());
        List<Object> reportArgs = new ArrayList<>(List.of(day));
        reportArgs.addAll(scope.params());
        jdbc.query("SELECT e.subdistrict_code, e.industry, SUM(r.on_site_staff), SUM(COALESCE(e.headcount, 0))"
                + " FROM enterprise_daily_report r JOIN enterprise e ON e.id = r.enterprise_id"
                + " WHERE r.report_date = ? AND " + scope.sql() + " GROUP BY e.subdistrict_code, e.industry", rs -> {
                    Tally t = cells.computeIfAbsent(new Key(rs.getString(1), rs.getString(2)), k -> new Tally());
                    t.onSiteStaff += rs.getLong(3);
                    t.reportedStaff += rs.getLong(4);
                }, reportArgs.toArray());
        Tally total = new Tally();
        Map<String, Tally> bySubdistrict = new TreeMap<>();
        Map<String, Tally> byIndustry = new TreeMap<>();
        cells.forEach((key, tally) -> {
            total.add(tally);
            bySubdistrict.computeIfAbsent(key.subdistrict(), k -> new Tally()).add(tally);
            byIndustry.computeIfAbsent(key.industry(), k -> new Tally()).add(tally);
        });
        Map<String, String> names = regions.findAll(bySubdistrict.keySet()).stream()
                .collect(Collectors.toMap(RegionView::code, RegionView::name, (a, b) -> a));
        return new ResumptionProgress(date, total.enterprises, total.resumed,
                percent(total.resumed, total.enterprises), total.majorProjects, total.majorResumed,
                total.registeredStaff, total.onSiteStaff, percent(total.onSiteStaff, total.reportedStaff),
                groups(bySubdistrict, code -> names.getOrDefault(code, "")),
                groups(byIndustry, code -> {
                    Industry industry = Industry.of(code);
                    return industry == null ? code : industry.chineseName();
                }));
    }

    /** Percent to one decimal; 0 when there is nothing to count. */
    static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static List<ResumptionProgress.Group> groups(Map<String, Tally> tallies, Function<String, String> name) {
        return tallies.entrySet().stream().map(e -> {
            Tally t = e.getValue();
            return new ResumptionProgress.Group(e.getKey(), name.apply(e.getKey()), t.enterprises, t.resumed,
                    percent(t.resumed, t.enterprises), t.majorProjects, t.majorResumed, t.registeredStaff,
                    t.onSiteStaff, percent(t.onSiteStaff, t.reportedStaff));
        }).toList();
    }

    private record Key(String subdistrict, String industry) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            int bySubdistrict = subdistrict.compareTo(other.subdistrict);
            return bySubdistrict != 0 ? bySubdistrict : industry.compareTo(other.industry);
        }
    }

    /** Sums of one cell, group or the whole; reportedStaff is the headcount of the enterprises that reported. */
    private static final class Tally {
        long enterprises;
        long resumed;
        long majorProjects;
        long majorResumed;
        long registeredStaff;
        long onSiteStaff;
        long reportedStaff;

        void add(Tally other) {
            enterprises += other.enterprises;
            resumed += other.resumed;
            majorProjects += other.majorProjects;
            majorResumed += other.majorResumed;
            registeredStaff += other.registeredStaff;
            onSiteStaff += other.onSiteStaff;
            reportedStaff += other.reportedStaff;
        }
    }
}
