package org.shuangsheng.population.internal;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Map;
import org.shuangsheng.shared.PathTally;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Keeps {@code population_grid_tally} equal to the households and residents of each grid path.
 * Every change to who lives where calls {@link #refresh} for the paths it touched, inside its own
 * transaction. A recount per grid touches a few hundred rows; a whole-city import recounts only
 * the grids it filled.
 */
@Component
public class GridTallies {

    private final EntityManager entityManager;
    private final PathTally tally;

    GridTallies(JdbcTemplate jdbc, EntityManager entityManager, PlatformTransactionManager transactions) {
        this.entityManager = entityManager;
        this.tally = new PathTally(jdbc, transactions, "population_grid_tally", Map.of(
                "households", "(SELECT COUNT(*) FROM population_household h WHERE h.region_path = t.region_path)",
                "residents", "(SELECT COUNT(*) FROM population_resident r WHERE r.region_path = t.region_path)"));
    }

    /** Recounts the given grid paths; call it in the transaction that changed them. */
    public void refresh(Collection<String> gridPaths) {
        if (gridPaths.isEmpty()) {
            return;
        }
        // JPA may still hold the change; the recount reads with plain SQL.
        entityManager.flush();
        tally.refresh(Map.of(), gridPaths);
    }
}
