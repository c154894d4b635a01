package org.shuangsheng.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A table of counts per region path (per grid, usually), kept equal to the rows it counts, so
 * figures for a whole city add up thousands of tally rows instead of counting millions. A module
 * recounts the paths a change touched, inside the transaction of the change: the tally rows are
 * locked first, in path order (two people changing one grid at once wait for each other and
 * cannot deadlock), then recounted by a new statement, which sees what a transaction it waited
 * for has committed. Missing rows are created in a transaction of their own.
 *
 * <p>{@code counts} maps each count column to a correlated sub-query over the counted table,
 * written against the tally row {@code t}, e.g.
 * {@code households -> (SELECT COUNT(*) FROM population_household h WHERE h.region_path = t.region_path)}.
 * {@code fixed} columns (e.g. {@code round_id}) narrow every tally row to one value.
 */
public final class PathTally {

    private static final int CHUNK = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separately;
    private final String table;
    private final Map<String, String> counts;

    public PathTally(JdbcTemplate jdbc, PlatformTransactionManager transactions, String table,
            Map<String, String> counts) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.table = table;
        this.counts = new LinkedHashMap<>(counts);
    }

    /** Recounts the given paths of the tally rows with the given fixed column values. */
    public void refresh(Map<String, Object> fixed, Collection<String> paths) {
        List<String> sorted = List.copyOf(new TreeSet<>(paths));
        for (int from = 0; from < sorted.size(); from += CHUNK) {
            List<String> chunk = sorted.subList(from, Math.min(from + CHUNK, sorted.size()));
            ensureRows(fixed, chunk);
            String where = where(fixed, chunk.size());
            Object[] args = args(fixed, chunk);
            jdbc.queryForList("SELECT region_path FROM " + table + " t WHERE " + where
                    + " ORDER BY region_path FOR UPDATE", String.class, args);
            jdbc.update("UPDATE " + table + " t SET " + counts.entrySet().stream()
                    .map(c -> c.getKey() + " = " + c.getValue()).collect(Collectors.joining(", "))
                    + " WHERE " + where, args);
        }
    }

    private void ensureRows(Map<String, Object> fixed, List<String> paths) {
        for (int attempt = 1; ; attempt++) {
            try {
                separately.executeWithoutResult(status -> {
                    List<String> existing = jdbc.queryForList("SELECT region_path FROM " + table + " t WHERE "
                            + where(fixed, paths.size()), String.class, args(fixed, paths));
                    List<Object[]> missing = new ArrayList<>();
                    for (String path : paths) {
                        if (!existing.contains(path)) {
                            List<Object> row = new ArrayList<>(fixed.values());
                            row.add(path);
                            missing.add(row.toArray());
                        }
                    }
                    if (!missing.isEmpty()) {
                        List<String> columns = new ArrayList<>(fixed.keySet());
                        columns.add("region_path");
                        columns.addAll(counts.keySet());
                        jdbc.batchUpdate("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                                + String.join(", ", Collections.nCopies(fixed.size() + 1, "?"))
                                + ", 0".repeat(counts.size()) + ")", missing);
                    }
                });
                return;
            } catch (DuplicateKeyException e) {
                // Another change created one of the rows meanwhile; look again.
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private static String where(Map<String, Object> fixed, int paths) {
        StringBuilder where = new StringBuilder();
        fixed.keySet().forEach(column -> where.append("t.").append(column).append(" = ? AND "));
        return where.append("t.region_path IN (").append(String.join(",", Collections.nCopies(paths, "?")))
                .append(")").toString();
    }

    private static Object[] args(Map<String, Object> fixed, List<String> paths) {
        List<Object> args = new ArrayList<>(fixed.values());
        args.addAll(paths);
        return args.toArray();
    }
}
