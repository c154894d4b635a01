package org.shuangsheng.screening.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RiskStandingRepository extends JpaRepository<RiskStanding, Long> {
}
