package org.shuangsheng.enterprise.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ReturningWorkerRepository extends JpaRepository<ReturningWorker, Long>,
        JpaSpecificationExecutor<ReturningWorker> {

    /** By the ID number's hash under every suite ({@code PersonalDataCipher.idNumberHashes}). */
    List<ReturningWorker> findByEnterpriseIdAndIdNumberHashIn(Long enterpriseId, Collection<String> idNumberHashes);
}
