package org.shuangsheng.screening.internal;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.Map;
import org.shuangsheng.shared.PathTally;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Keeps {@code screening_round_tally} equal to the households visited and the residents seen in
 * each round per grid path: a revisit or a resident seen twice counts once. Recording a visit
 * calls {@link #refresh} for its grid in the same transaction.
 */
@Component
public class RoundTallies {

    private final EntityManager entityManager;
    private final PathTally tally;

    RoundTallies(JdbcTemplate jdbc, EntityManager entityManager, PlatformTransactionManager transactions) {
        this.entityManager = entityManager;
        this.tally = new PathTally(jdbc, transactions, "screening_round_tally", Map.of(
                "visited_households", "(SELECT COUNT(DISTINCT v.household_id) FROM screening_visit v"
                        + " WHERE v.round_id = t.round_id AND v.region_path = t.region_path)",
                "seen_residents", "(SELECT COUNT(DISTINCT f.resident_id) FROM screening_finding f"
                        + " WHERE f.round_id = t.round_id AND f.region_path = t.region_path AND f.present = TRUE)"));
    }

    /** Recounts the round's figures for the given grid paths; call it in the visit's transaction. */
    public void refresh(long roundId, Collection<String> gridPaths) {
        if (gridPaths.isEmpty()) {
            return;
        }
        entityManager.flush();
        tally.refresh(Map.of("round_id", roundId), gridPaths);
    }
}
