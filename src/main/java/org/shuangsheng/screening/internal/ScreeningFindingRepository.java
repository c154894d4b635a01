package org.shuangsheng.screening.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ScreeningFindingRepository extends JpaRepository<ScreeningFinding, Long> {

    List<ScreeningFinding> findByVisitIdInOrderById(Collection<Long> visitIds);

    /** The residents seen in person or on the phone in a round within one grid. */
    @Query("select distinct f.residentId from ScreeningFinding f where f.roundId = :round"
            + " and f.regionPath = :path and f.present = true")
    List<Long> seenInGrid(@Param("round") Long roundId, @Param("path") String gridPath);
}
