package org.shuangsheng.screening.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CheckInRepository extends JpaRepository<CheckIn, Long> {

    List<CheckIn> findByQuarantineIdOrderByCheckDateDesc(Long quarantineId);

    boolean existsByQuarantineIdAndCheckDate(Long quarantineId, LocalDate checkDate);
}
