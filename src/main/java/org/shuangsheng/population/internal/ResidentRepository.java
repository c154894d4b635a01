package org.shuangsheng.population.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ResidentRepository extends JpaRepository<Resident, Long>, JpaSpecificationExecutor<Resident> {

    List<Resident> findByHouseholdIdOrderById(Long householdId);

    List<Resident> findByHouseholdIdIn(Collection<Long> householdIds);

    /**
     * Where a registered ID number lives, as {id, region path}, without decrypting anything; by
     * its hash under every suite, as {@code PersonalDataCipher.idNumberHashes} gives them.
     */
    @Query("select r.id, r.regionPath from Resident r where r.idNumberHash in :hashes")
    List<Object[]> placeOfIdNumber(@Param("hashes") Collection<String> hashes);

    @Query("select r.householdId, count(r) from Resident r where r.householdId in :ids group by r.householdId")
    List<Object[]> countByHousehold(@Param("ids") Collection<Long> householdIds);

    @Modifying
    @Query("update Resident r set r.regionPath = :path where r.householdId = :householdId")
    int moveHousehold(@Param("householdId") Long householdId, @Param("path") String path);
}
