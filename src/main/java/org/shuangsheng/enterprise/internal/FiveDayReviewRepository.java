package org.shuangsheng.enterprise.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FiveDayReviewRepository extends JpaRepository<FiveDayReview, Long> {

    List<FiveDayReview> findTop10ByEnterpriseIdOrderByReviewDateDescIdDesc(Long enterpriseId);
}
