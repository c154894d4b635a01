package org.shuangsheng.enterprise.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ReturningWorkerRepository extends JpaRepository<ReturningWorker, Long>,
        JpaSpecificationExecutor<ReturningWorker> {

    Optional<ReturningWorker> findByEnterpriseIdAndIdNumberHash(Long enterpriseId, String idNumberHash);
}
