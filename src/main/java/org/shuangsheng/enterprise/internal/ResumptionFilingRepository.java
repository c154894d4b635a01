package org.shuangsheng.enterprise.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ResumptionFilingRepository
        extends JpaRepository<ResumptionFiling, Long>, JpaSpecificationExecutor<ResumptionFiling> {

    Optional<ResumptionFiling> findByEnterpriseId(Long enterpriseId);
}
