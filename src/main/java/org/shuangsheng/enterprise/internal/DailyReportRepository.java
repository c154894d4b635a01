package org.shuangsheng.enterprise.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DailyReportRepository extends JpaRepository<DailyReport, Long> {

    Optional<DailyReport> findByEnterpriseIdAndReportDate(Long enterpriseId, LocalDate reportDate);

    List<DailyReport> findTop14ByEnterpriseIdOrderByReportDateDesc(Long enterpriseId);
}
