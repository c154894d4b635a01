package org.shuangsheng.population.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface HouseholdMoveRepository extends JpaRepository<HouseholdMove, Long> {
}
