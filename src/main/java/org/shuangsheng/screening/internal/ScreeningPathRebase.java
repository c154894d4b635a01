package org.shuangsheng.screening.internal;

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
 * Screening's records go with their region when a unit moves in the tree: rounds, visits,
 * findings, risk standings, quarantine orders and their check-ins, and the per-round tally (its
 * counts unchanged), rebased in the transaction of the move, so coverage, scope filters and the
 * move commit or roll back together.
 */
@Component
class ScreeningPathRebase {

    private static final Logger log = LoggerFactory.getLogger(ScreeningPathRebase.class);

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;

    ScreeningPathRebase(JdbcTemplate jdbc, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    @EventListener
    @Transactional
    public void on(RegionMoved moved) {
        entityManager.flush();
        PathRebase rebase = new PathRebase(jdbc, moved.oldPath(), moved.newPath());
        rebase.versioned("screening_round");
        int visits = rebase.table("screening_visit");
        rebase.table("screening_finding");
        rebase.table("screening_round_tally");
        rebase.versioned("screening_risk");
        int orders = rebase.versioned("screening_quarantine");
        rebase.table("screening_check_in");
        log.info("Region {} moved from {} to {}: {} visits and {} quarantine orders went with it", moved.code(),
                moved.oldPath(), moved.newPath(), visits, orders);
    }
}
