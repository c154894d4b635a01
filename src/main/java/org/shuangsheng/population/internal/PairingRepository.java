package org.shuangsheng.population.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PairingRepository extends JpaRepository<Pairing, Long> {

    boolean existsByCadreUserIdAndHouseholdId(Long cadreUserId, Long householdId);

    boolean existsByCadreUserIdAndGridCode(Long cadreUserId, String gridCode);
}
