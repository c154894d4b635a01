package org.shuangsheng.enterprise.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ServiceRequestCommentRepository extends JpaRepository<ServiceRequestComment, Long> {

    List<ServiceRequestComment> findByRequestIdOrderByCreatedAtAscIdAsc(Long requestId);
}
