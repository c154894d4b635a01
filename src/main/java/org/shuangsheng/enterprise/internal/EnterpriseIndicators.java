package org.shuangsheng.enterprise.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shuangsheng.command.Indicator;
import org.shuangsheng.command.IndicatorArea;
import org.shuangsheng.command.IndicatorContribution;
import org.shuangsheng.command.IndicatorQuery;
import org.shuangsheng.command.RegionTree;
import org.shuangsheng.shared.RegionPath;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enterprises resumed, as a count and as a rate of the enterprises not closed, and the share of
 * resumed enterprises that filed the day's report, for the region asked about and each of its
 * children, green-channel requests open and overdue now, staff on site by the day's reports and
 * returning workers in quarantine. Aggregate queries grouped on the path segment below the region. The status is
 * today's: the dashboard's date does not turn it back.
 */
@Component
class EnterpriseIndicators implements IndicatorContribution {

    private final NamedParameterJdbcTemplate jdbc;
    private final RegionTree tree;
    private final java.time.Clock clock;

    EnterpriseIndicators(NamedParameterJdbcTemplate jdbc, RegionTree tree, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.tree = tree;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Indicator> indicators(IndicatorQuery query) {
        Map<String, long[]> bySegment = bySegment("SELECT c.child, SUM(c.resumed), SUM(c.open) FROM (SELECT "
                + RegionPath.childSegmentSql("region_path") + " AS child,"
                + " CASE WHEN status = 'RESUMED' THEN 1 ELSE 0 END AS resumed,"
                + " CASE WHEN status <> 'CLOSED' THEN 1 ELSE 0 END AS open"
                + " FROM enterprise WHERE region_path = :path OR region_path LIKE :pattern) c GROUP BY c.child",
                query, Map.of());
        long[] totals = {total(bySegment, 0), total(bySegment, 1)};
        List<RegionTree.Node> children = tree.children(query.regionCode());
        List<Indicator.Breakdown> counts = breakdown(children, bySegment, 0);
        List<Indicator.Breakdown> rates = children.stream().map(child -> {
            long[] figures = figures(bySegment, child);
            return new Indicator.Breakdown(child.code(), child.name(), rate(figures[0], figures[1]));
        }).toList();
        Map<String, long[]> reportsBySegment = bySegment("SELECT c.child, COUNT(c.report), COUNT(*) FROM (SELECT "
                + RegionPath.childSegmentSql("e.region_path") + " AS child, r.id AS report"
                + " FROM enterprise e LEFT JOIN enterprise_daily_report r ON r.enterprise_id = e.id"
                + " AND r.report_date = :date WHERE e.status = 'RESUMED' AND e.resumed_on <= :date"
                + " AND (e.region_path = :path OR e.region_path LIKE :pattern)) c GROUP BY c.child",
                query, Map.of("date", query.date()));
        long[] reportTotals = {total(reportsBySegment, 0), total(reportsBySegment, 1)};
        List<Indicator.Breakdown> reportRates = children.stream().map(child -> {
            long[] figures = figures(reportsBySegment, child);
            return new Indicator.Breakdown(child.code(), child.name(), rate(figures[0], figures[1]));
        }).toList();
        Map<String, long[]> overdueBySegment = bySegment("SELECT c.child, COUNT(*) FROM (SELECT "
                + RegionPath.childSegmentSql("region_path") + " AS child"
                + " FROM enterprise WHERE status = 'RESUMED' AND next_review_due < :date"
                + " AND (region_path = :path OR region_path LIKE :pattern)) c GROUP BY c.child",
                query, Map.of("date", query.date()));
        long[] overdueTotal = {total(overdueBySegment, 0)};
        List<Indicator.Breakdown> overdue = breakdown(children, overdueBySegment, 0);
        Map<String, long[]> requestsBySegment = bySegment("SELECT c.child, COUNT(*), SUM(c.overdue) FROM (SELECT "
                + RegionPath.childSegmentSql("region_path") + " AS child,"
                + " CASE WHEN deadline < :now THEN 1 ELSE 0 END AS overdue"
                + " FROM enterprise_service_request WHERE status IN ('SUBMITTED', 'ACCEPTED')"
                + " AND (region_path = :path OR region_path LIKE :pattern)) c GROUP BY c.child",
                query, Map.of("now", java.sql.Timestamp.from(clock.instant())));
        long[] requestTotals = {total(requestsBySegment, 0), total(requestsBySegment, 1)};
        List<Indicator.Breakdown> openRequests = breakdown(children, requestsBySegment, 0);
        List<Indicator.Breakdown> overdueRequests = breakdown(children, requestsBySegment, 1);
        String link = "/enterprises?status=RESUMED";
        List<Indicator> indicators = new java.util.ArrayList<>(staff(query, children));
        indicators.addAll(List.of(
                new Indicator("enterprise.requestsOpen", "enterprise.indicator.requestsOpen",
                        IndicatorArea.ENTERPRISES, requestTotals[0], "enterprise.indicator.requestUnit", openRequests,
                        "/enterprises/requests"),
                new Indicator("enterprise.requestsOverdue", "enterprise.indicator.requestsOverdue",
                        IndicatorArea.ENTERPRISES, requestTotals[1], "enterprise.indicator.requestUnit",
                        overdueRequests, "/enterprises/requests?overdue=true"),
                new Indicator("enterprise.reviewsOverdue", "enterprise.indicator.reviewsOverdue",
                        IndicatorArea.ENTERPRISES, overdueTotal[0], "enterprise.indicator.unit", overdue,
                        "/enterprises/reviews?list=OVERDUE"),
                new Indicator("enterprise.dailyReportRate", "enterprise.indicator.reportRate",
                        IndicatorArea.ENTERPRISES, rate(reportTotals[0], reportTotals[1]),
                        "enterprise.indicator.percent", reportRates, "/enterprises/daily-reports?date=" + query.date()),
                new Indicator("enterprise.resumed", "enterprise.indicator.resumed", IndicatorArea.ENTERPRISES,
                        totals[0], "enterprise.indicator.unit", counts, link),
                new Indicator("enterprise.resumptionRate", "enterprise.indicator.rate", IndicatorArea.ENTERPRISES,
                        rate(totals[0], totals[1]), "enterprise.indicator.percent", rates,
                        "/enterprises/resumption?date=" + query.date())));
        return indicators;
    }

    /**
     * Staff on site (在岗人数): the sum of the day's daily reports; and returning workers in
     * quarantine now, back by that day and not released.
     */
    private List<Indicator> staff(IndicatorQuery query, List<RegionTree.Node> children) {
        Map<String, long[]> onSite = bySegment("SELECT c.child, SUM(c.staff) FROM (SELECT "
                + RegionPath.childSegmentSql("region_path") + " AS child, on_site_staff AS staff"
                + " FROM enterprise_daily_report WHERE report_date = :date"
                + " AND (region_path = :path OR region_path LIKE :pattern)) c GROUP BY c.child",
                query, Map.of("date", query.date()));
        Map<String, long[]> quarantined = bySegment("SELECT c.child, COUNT(*) FROM (SELECT "
                + RegionPath.childSegmentSql("region_path") + " AS child"
                + " FROM enterprise_returning_worker WHERE quarantine_until IS NOT NULL AND released_on IS NULL"
                + " AND return_date <= :date AND (region_path = :path OR region_path LIKE :pattern)) c"
                + " GROUP BY c.child", query, Map.of("date", query.date()));
        return List.of(
                new Indicator("enterprise.staffOnSite", "enterprise.returning.indicator.staffOnSite",
                        IndicatorArea.ENTERPRISES, total(onSite, 0), "enterprise.returning.indicator.unit",
                        breakdown(children, onSite, 0), "/enterprises/daily-reports?date=" + query.date()),
                // Workers are listed per enterprise only: no district-wide page to link to.
                new Indicator("enterprise.returningInQuarantine", "enterprise.returning.indicator.inQuarantine",
                        IndicatorArea.ENTERPRISES, total(quarantined, 0), "enterprise.returning.indicator.unit",
                        breakdown(children, quarantined, 0), null));
    }

    /**
     * Runs an aggregate whose first column is the path segment below the region asked about (null
     * for the region's own rows) and whose further columns are counts; the counts by segment.
     */
    private Map<String, long[]> bySegment(String sql, IndicatorQuery query, Map<String, Object> more) {
        Map<String, Object> params = new HashMap<>(more);
        params.put("path", query.regionPath());
        params.put("pattern", query.descendantsPattern());
        params.put("childStart", query.regionPath().length() + 2);
        Map<String, long[]> bySegment = new HashMap<>();
        jdbc.query(sql, params, (java.sql.ResultSet rs) -> {
            long[] figures = new long[rs.getMetaData().getColumnCount() - 1];
            for (int i = 0; i < figures.length; i++) {
                figures[i] = rs.getLong(i + 2);
            }
            bySegment.put(rs.getString(1) == null ? "" : rs.getString(1), figures);
        });
        return bySegment;
    }

    private static long total(Map<String, long[]> bySegment, int column) {
        return bySegment.values().stream().mapToLong(figures -> figures[column]).sum();
    }

    private static List<Indicator.Breakdown> breakdown(List<RegionTree.Node> children,
            Map<String, long[]> bySegment, int column) {
        return children.stream().map(child -> new Indicator.Breakdown(child.code(), child.name(),
                figures(bySegment, child)[column])).toList();
    }

    private static long[] figures(Map<String, long[]> bySegment, RegionTree.Node child) {
        long[] figures = bySegment.get(child.path().substring(child.path().lastIndexOf('/') + 1));
        return figures == null ? new long[2] : figures;
    }

    /**
     * Percent to one decimal, without a trailing zero (82.4, 50, 0), as the dashboard and the
     * briefing print it; null, no figure, when there is nothing to count: a grid or community
     * holds no enterprise (they are registered at the subdistrict), and 0 % would read as none
     * resumed or reported.
     */
    static BigDecimal rate(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        BigDecimal rate = BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return rate.scale() < 0 ? rate.setScale(0) : rate;
    }
}
