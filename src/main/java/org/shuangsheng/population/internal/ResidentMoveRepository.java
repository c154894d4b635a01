package org.shuangsheng.population.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ResidentMoveRepository extends JpaRepository<ResidentMove, Long> {

    /** Moves into or out of a household, the latest first. */
    @Query("select m from ResidentMove m where m.fromHouseholdId = :household or m.toHouseholdId = :household"
            + " order by m.movedAt desc, m.id desc")
    List<ResidentMove> findByHousehold(@Param("household") Long householdId);
}
