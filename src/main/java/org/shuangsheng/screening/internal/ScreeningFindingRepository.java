package org.shuangsheng.screening.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScreeningFindingRepository extends JpaRepository<ScreeningFinding, Long> {

    List<ScreeningFinding> findByVisitIdInOrderById(Collection<Long> visitIds);
}
