package org.shuangsheng.screening.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScreeningRoundRepository extends JpaRepository<ScreeningRound, Long> {

    List<ScreeningRound> findAllByOrderByStartDateDescIdDesc();
}
