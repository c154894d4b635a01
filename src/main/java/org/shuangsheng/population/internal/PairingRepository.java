package org.shuangsheng.population.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PairingRepository extends JpaRepository<Pairing, Long> {

    boolean existsByCadreUserIdAndHouseholdId(Long cadreUserId, Long householdId);

    boolean existsByCadreUserIdAndGridCode(Long cadreUserId, String gridCode);

    /** The pairings that cover a household: its own, and its whole grid's. */
    List<Pairing> findByHouseholdIdOrGridCodeOrderById(Long householdId, String gridCode);
}
