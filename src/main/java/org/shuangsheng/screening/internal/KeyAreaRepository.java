package org.shuangsheng.screening.internal;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface KeyAreaRepository extends JpaRepository<KeyArea, Long> {

    List<KeyArea> findByRetiredFalse();

    Page<KeyArea> findByRetired(boolean retired, Pageable pageable);

    long countByDemoTrue();
}
