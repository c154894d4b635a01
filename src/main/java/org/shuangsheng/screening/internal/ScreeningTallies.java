package org.shuangsheng.screening.internal;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.shuangsheng.shared.RegionPath;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Screening's figures per region, counted in the database from its own tables: grouped first
 * by the indexed region path, then by child region, so a whole city answers with one row per
 * child and never a row per visit.
 */
@Component
public class ScreeningTallies {

    private final NamedParameterJdbcTemplate jdbc;

    ScreeningTallies(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * For each direct child of the region (by path segment, {@code ""} for the region itself):
     * households visited at least once in the round, and residents seen (present) in any visit,
     * added up from the per-grid tally. A revisit or a resident seen twice counts once.
     */
    public Map<String, long[]> visitedAndSeenByChild(long roundId, String regionPath) {
        Map<String, long[]> tallies = new HashMap<>();
        jdbc.query("SELECT c.child, SUM(c.visited_households), SUM(c.seen_residents) FROM (SELECT "
                + RegionPath.childSegmentSql("t.region_path") + " AS child, t.visited_households, t.seen_residents"
                + " FROM screening_round_tally t WHERE t.round_id = :round"
                + " AND (t.region_path = :path OR t.region_path LIKE :pattern)) c GROUP BY c.child",
                within(regionPath).addValue("round", roundId), (java.sql.ResultSet rs) -> {
                    tallies.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
                });
        return tallies;
    }

    /** Households visited at least once in the round, per grid path at or under the region. */
    public Map<String, Long> visitedByGrid(long roundId, String regionPath) {
        Map<String, Long> visited = new TreeMap<>();
        jdbc.query("SELECT region_path, visited_households FROM screening_round_tally"
                        + " WHERE round_id = :round AND (region_path = :path OR region_path LIKE :pattern)"
                        + " AND visited_households > 0",
                within(regionPath).addValue("round", roundId),
                (java.sql.ResultSet rs) -> {
                    visited.put(rs.getString(1), rs.getLong(2));
                });
        return visited;
    }

    /** Visits made in [from, to) per child region; of one round, or of every round when null. */
    public Map<String, Long> visitsByChild(Instant from, Instant to, String regionPath, Long roundId) {
        return byChild("SELECT region_path, COUNT(*) AS n FROM screening_visit"
                + " WHERE visited_at >= :from AND visited_at < :to"
                + (roundId == null ? "" : " AND round_id = :round")
                + " AND (region_path = :path OR region_path LIKE :pattern) GROUP BY region_path",
                period(regionPath, from, to).addValue("round", roundId));
    }

    /**
     * Residents found at or above the threshold in visits made in [from, to), per child region;
     * of one round, or of every round when null. A resident found twice counts once per region.
     */
    public Map<String, Long> feversByChild(Instant from, Instant to, String regionPath, BigDecimal threshold,
            Long roundId) {
        return byChild("SELECT region_path, COUNT(DISTINCT resident_id) AS n FROM screening_finding"
                + " WHERE visited_at >= :from AND visited_at < :to AND temperature >= :threshold"
                + (roundId == null ? "" : " AND round_id = :round")
                + " AND (region_path = :path OR region_path LIKE :pattern) GROUP BY region_path",
                period(regionPath, from, to).addValue("threshold", threshold).addValue("round", roundId));
    }

    /** Sums {@code n} of a query grouped by region_path into the child regions of :path. */
    private Map<String, Long> byChild(String perPath, MapSqlParameterSource params) {
        Map<String, Long> sums = new HashMap<>();
        jdbc.query("SELECT c.child, SUM(c.n) FROM (SELECT " + RegionPath.childSegmentSql("g.region_path")
                + " AS child, g.n FROM (" + perPath + ") g) c GROUP BY c.child", params,
                (java.sql.ResultSet rs) -> {
                    sums.put(rs.getString(1), rs.getLong(2));
                });
        return sums;
    }

    private static MapSqlParameterSource within(String regionPath) {
        return new MapSqlParameterSource().addValue("path", regionPath).addValue("pattern", regionPath + "/%")
                .addValue("childStart", regionPath.length() + 2);
    }

    private static MapSqlParameterSource period(String regionPath, Instant from, Instant to) {
        return within(regionPath).addValue("from", from.atOffset(ZoneOffset.UTC)).addValue("to", to.atOffset(ZoneOffset.UTC));
    }
}
