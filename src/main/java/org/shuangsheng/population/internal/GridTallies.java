package org.shuangsheng.population.internal;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code population_grid_tally} equal to the households and residents of each grid path.
 * Every change to who lives where calls {@link #refresh} for the paths it touched, inside its own
 * transaction: the tally rows are locked first (so two grid workers registering households in
 * one grid at once wait for each other), then recounted from the grid's own rows. A recount per
 * grid touches a few hundred rows; a whole-city import recounts only the grids it filled.
 */
@Component
public class GridTallies {

    private static final int CHUNK = 500;

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;
    private final TransactionTemplate separately;

    GridTallies(JdbcTemplate jdbc, EntityManager entityManager, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Recounts the given grid paths; call it in the transaction that changed them. */
    public void refresh(Collection<String> gridPaths) {
        if (gridPaths.isEmpty()) {
            return;
        }
        // JPA may still hold the change; the recount below reads with plain SQL.
        entityManager.flush();
        List<String> paths = List.copyOf(new TreeSet<>(gridPaths));
        for (int from = 0; from < paths.size(); from += CHUNK) {
            List<String> chunk = paths.subList(from, Math.min(from + CHUNK, paths.size()));
            ensureRows(chunk);
            String in = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            Object[] args = chunk.toArray();
            // Locked in path order, so two refreshes of overlapping grids cannot deadlock; the
            // recount is a new statement, so it sees what a transaction we waited for committed.
            jdbc.queryForList("SELECT region_path FROM population_grid_tally WHERE region_path IN (" + in + ")"
                    + " ORDER BY region_path FOR UPDATE", String.class, args);
            jdbc.update("UPDATE population_grid_tally t SET"
                    + " households = (SELECT COUNT(*) FROM population_household h WHERE h.region_path = t.region_path),"
                    + " residents = (SELECT COUNT(*) FROM population_resident r WHERE r.region_path = t.region_path)"
                    + " WHERE t.region_path IN (" + in + ")", args);
        }
    }

    /** Creates missing rows in a transaction of their own, so a row created meanwhile costs nothing. */
    private void ensureRows(List<String> paths) {
        for (int attempt = 0; ; attempt++) {
            try {
                separately.executeWithoutResult(status -> {
                    String in = String.join(",", java.util.Collections.nCopies(paths.size(), "?"));
                    List<String> existing = jdbc.queryForList(
                            "SELECT region_path FROM population_grid_tally WHERE region_path IN (" + in + ")",
                            String.class, paths.toArray());
                    List<Object[]> missing = paths.stream().filter(p -> !existing.contains(p))
                            .map(p -> new Object[] {p}).toList();
                    if (!missing.isEmpty()) {
                        jdbc.batchUpdate("INSERT INTO population_grid_tally (region_path, households, residents)"
                                + " VALUES (?, 0, 0)", missing);
                    }
                });
                return;
            } catch (DuplicateKeyException e) {
                if (attempt == 2) {
                    throw e;
                }
            }
        }
    }
}
