package org.shuangsheng.population.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface HouseholdRepository extends JpaRepository<Household, Long>, JpaSpecificationExecutor<Household> {

    boolean existsByGridCodeAndAddress(String gridCode, String address);

    java.util.List<Household> findByRegionPathAndDemoTrueOrderById(String regionPath);
}
