package org.shuangsheng.screening.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.shuangsheng.screening.QuarantineStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface QuarantineRepository extends JpaRepository<Quarantine, Long>, JpaSpecificationExecutor<Quarantine> {

    boolean existsByResidentIdAndStatusIn(Long residentId, Collection<QuarantineStatus> statuses);

    /** Orders in this status planned to end before {@code day}: confirmed ones are overdue for release. */
    List<Quarantine> findByStatusAndPlannedEndBeforeOrderById(QuarantineStatus status, LocalDate day);

    /** Confirmed orders whose check-in of {@code day} is due (started before it) and missing. */
    @Query("""
            select q from Quarantine q where q.status = org.shuangsheng.screening.QuarantineStatus.CONFIRMED
              and q.startDate < :day
              and not exists (select c from CheckIn c where c.quarantineId = q.id and c.checkDate = :day)
            order by q.id
            """)
    List<Quarantine> missingCheckInOf(@Param("day") LocalDate day);

    /**
     * For the dashboard: per child region of {@code path}, how many residents were in quarantine
     * on {@code day}, how many were planned to end then, how many were overdue, and how many orders
     * were proposed and still waiting for a decision at {@code at} with the time the oldest of them
     * was proposed. One aggregate query grouped on the path segment just below {@code path}
     * ({@code start} is its first character, {@code length(path) + 2}); rows of the region itself
     * group under {@code ''}.
     */
    @Query(nativeQuery = true, value = """
            select seg,
                   sum(case when decided and start_date <= :day and (released_on is null or released_on > :day)
                            then 1 else 0 end) as in_quarantine,
                   sum(case when decided and planned_end = :day and (released_on is null or released_on >= :day)
                            then 1 else 0 end) as ending,
                   sum(case when decided and planned_end < :day and (released_on is null or released_on > :day)
                            then 1 else 0 end) as overdue,
                   sum(case when waiting then 1 else 0 end) as pending,
                   min(case when waiting then proposed_at end) as oldest_pending
            from (select case when position('/' in substring(region_path from :start)) = 0
                              then substring(region_path from :start)
                              else substring(region_path from :start
                                             for position('/' in substring(region_path from :start)) - 1) end as seg,
                         status in ('CONFIRMED', 'RELEASED') as decided,
                         proposed_at <= :at and (status = 'PROPOSED' or decided_at > :at) as waiting,
                         start_date, planned_end, released_on, proposed_at
                  from screening_quarantine
                  where (region_path = :path or region_path like :descendants)) q
            where decided or waiting
            group by seg
            """)
    List<Object[]> figuresByChild(@Param("day") LocalDate day, @Param("at") Instant at, @Param("path") String path,
            @Param("descendants") String descendants, @Param("start") int start);

    /** Proposed orders still waiting since before {@code before} whose wait has not been alerted yet. */
    @Query(nativeQuery = true, value = """
            select id from screening_quarantine
            where status = 'PROPOSED' and proposed_at < :before and pending_alerted_at is null
            order by id
            """)
    List<Long> waitingUnalertedSince(@Param("before") Instant before);

    /**
     * Notes that the wait of a proposed order was alerted at {@code at}; answers 0 when it was
     * decided or alerted meanwhile. Not a change of the order: its version stays.
     */
    @Modifying
    @Query(nativeQuery = true, value = """
            update screening_quarantine set pending_alerted_at = :at
            where id = :id and status = 'PROPOSED' and pending_alerted_at is null
            """)
    int markWaitAlerted(@Param("id") long id, @Param("at") Instant at);
}
