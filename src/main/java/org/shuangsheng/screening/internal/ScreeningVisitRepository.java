package org.shuangsheng.screening.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ScreeningVisitRepository extends JpaRepository<ScreeningVisit, Long> {

    Optional<ScreeningVisit> findByVisitorIdAndRequestKey(Long visitorId, String requestKey);

    List<ScreeningVisit> findByRoundIdAndHouseholdIdOrderByVisitedAtAscIdAsc(Long roundId, Long householdId);

    /** The households of one grid visited in a round: a grid's worth of ids, never more. */
    @Query("select distinct v.householdId from ScreeningVisit v where v.roundId = :round and v.regionPath = :path")
    List<Long> visitedHouseholdsOfGrid(@Param("round") Long roundId, @Param("path") String gridPath);

    long countByRoundId(Long roundId);

    @Query("select distinct v.householdId from ScreeningVisit v where v.roundId = :round and v.householdId in :ids")
    List<Long> visitedAmong(@Param("round") Long roundId, @Param("ids") java.util.Collection<Long> householdIds);
}
