package org.shuangsheng.population.internal;

import jakarta.persistence.EntityManager;
import org.shuangsheng.shared.RegionMoved;
import org.shuangsheng.shared.PathRebase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Households and residents go with their grid when a unit moves in the tree (a community handed
 * to another subdistrict): their stored paths, the per-grid tally (its counts unchanged) and the
 * paths in the residents' move history are rebased in the transaction of the move, so the move
 * and the rebase commit or roll back together and scope filters and counts follow at once.
 */
@Component
class PopulationPathRebase {

    private static final Logger log = LoggerFactory.getLogger(PopulationPathRebase.class);

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;

    PopulationPathRebase(JdbcTemplate jdbc, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    @EventListener
    @Transactional
    public void on(RegionMoved moved) {
        entityManager.flush();
        PathRebase rebase = new PathRebase(jdbc, moved.oldPath(), moved.newPath());
        int households = rebase.versioned("population_household");
        int residents = rebase.versioned("population_resident");
        rebase.table("population_grid_tally");
        rebase.column("population_resident_move", "from_region_path");
        rebase.column("population_resident_move", "to_region_path");
        log.info("Region {} moved from {} to {}: {} households and {} residents went with it", moved.code(),
                moved.oldPath(), moved.newPath(), households, residents);
    }
}
