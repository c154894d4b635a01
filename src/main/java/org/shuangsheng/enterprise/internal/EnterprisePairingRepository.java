package org.shuangsheng.enterprise.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EnterprisePairingRepository extends JpaRepository<EnterprisePairing, Long> {

    boolean existsByCadreUserIdAndEnterpriseId(Long cadreUserId, Long enterpriseId);

    List<EnterprisePairing> findByEnterpriseIdOrderById(Long enterpriseId);
}
