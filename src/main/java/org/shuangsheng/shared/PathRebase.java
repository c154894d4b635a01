package org.shuangsheng.shared;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Moves stored region paths along with a moved subtree: every value of a path column equal to
 * the old path or below it gets the new path in front of the part below, e.g. a community handed
 * from subdistrict 001 to 002 takes {@code 230506/001/006/02} to {@code 230506/002/006/02}. One
 * set-based statement per column, written for H2 and PostgreSQL alike; paths outside the subtree
 * (a sibling whose code merely starts with the same characters included) are left alone, see
 * {@link RegionPath#likePattern()}.
 *
 * <p>Runs with plain SQL: the caller flushes pending JPA changes first. Tables with an optimistic
 * lock column count the move as a change, so an edit started before the move cannot write the
 * old path back.
 */
public final class PathRebase {

    private final JdbcTemplate jdbc;
    private final RegionPath from;
    private final RegionPath to;

    public PathRebase(JdbcTemplate jdbc, String oldPath, String newPath) {
        this.jdbc = jdbc;
        this.from = RegionPath.of(oldPath);
        this.to = RegionPath.of(newPath);
    }

    /** Rebases {@code table.column}; answers the number of rows moved. */
    public int column(String table, String column) {
        return update(table, column, "");
    }

    /** Rebases {@code table.region_path} and counts it as a change of each row's {@code version}. */
    public int versioned(String table) {
        return update(table, "region_path", ", version = version + 1");
    }

    /** Rebases {@code table.region_path}. */
    public int table(String table) {
        return column(table, "region_path");
    }

    private int update(String table, String column, String alsoSet) {
        return jdbc.update("UPDATE " + table + " SET " + column + " = CONCAT(?, SUBSTRING(" + column + ", ?))"
                + alsoSet + " WHERE " + column + " = ? OR " + column + " LIKE ?",
                to.value(), from.value().length() + 1, from.value(), from.likePattern());
    }
}
