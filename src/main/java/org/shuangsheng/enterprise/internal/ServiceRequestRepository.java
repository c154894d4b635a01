package org.shuangsheng.enterprise.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ServiceRequestRepository extends JpaRepository<ServiceRequest, Long>,
        JpaSpecificationExecutor<ServiceRequest> {
}
