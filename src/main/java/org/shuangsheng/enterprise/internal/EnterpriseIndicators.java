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
 * Enterprises resumed, as a count and as a rate of the enterprises not closed, for the region
 * asked about and each of its children. One aggregate query grouped on the path segment below
 * the region. The status is today's: the dashboard's date does not turn it back.
 */
@Component
class EnterpriseIndicators implements IndicatorContribution {

    private final NamedParameterJdbcTemplate jdbc;
    private final RegionTree tree;

    EnterpriseIndicators(NamedParameterJdbcTemplate jdbc, RegionTree tree) {
        this.jdbc = jdbc;
        this.tree = tree;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Indicator> indicators(IndicatorQuery query) {
        Map<String, long[]> bySegment = new HashMap<>();
        long[] totals = new long[2];
        jdbc.query("SELECT c.child, SUM(c.resumed), SUM(c.open) FROM (SELECT "
                + RegionPath.childSegmentSql("region_path") + " AS child,"
                + " CASE WHEN status = 'RESUMED' THEN 1 ELSE 0 END AS resumed,"
                + " CASE WHEN status <> 'CLOSED' THEN 1 ELSE 0 END AS open"
                + " FROM enterprise WHERE region_path = :path OR region_path LIKE :pattern) c GROUP BY c.child",
                Map.of("path", query.regionPath(), "pattern", query.descendantsPattern(),
                        "childStart", query.regionPath().length() + 2),
                (java.sql.ResultSet rs) -> {
                    long[] figures = {rs.getLong(2), rs.getLong(3)};
                    bySegment.put(rs.getString(1) == null ? "" : rs.getString(1), figures);
                    totals[0] += figures[0];
                    totals[1] += figures[1];
                });
        List<RegionTree.Node> children = tree.children(query.regionCode());
        List<Indicator.Breakdown> counts = children.stream().map(child -> new Indicator.Breakdown(child.code(),
                child.name(), figures(bySegment, child)[0])).toList();
        List<Indicator.Breakdown> rates = children.stream().map(child -> {
            long[] figures = figures(bySegment, child);
            return new Indicator.Breakdown(child.code(), child.name(), rate(figures[0], figures[1]));
        }).toList();
        String link = "/enterprises?status=RESUMED";
        return List.of(
                new Indicator("enterprise.resumed", "enterprise.indicator.resumed", IndicatorArea.ENTERPRISES,
                        totals[0], "enterprise.indicator.unit", counts, link),
                new Indicator("enterprise.resumptionRate", "enterprise.indicator.rate", IndicatorArea.ENTERPRISES,
                        rate(totals[0], totals[1]), "enterprise.indicator.percent", rates, "/enterprises/timetable"));
    }

    private static long[] figures(Map<String, long[]> bySegment, RegionTree.Node child) {
        long[] figures = bySegment.get(child.path().substring(child.path().lastIndexOf('/') + 1));
        return figures == null ? new long[2] : figures;
    }

    /** Percent with one decimal; 0 when there is nothing to count. */
    static BigDecimal rate(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
