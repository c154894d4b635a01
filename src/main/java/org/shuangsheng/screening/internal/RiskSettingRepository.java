package org.shuangsheng.screening.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RiskSettingRepository extends JpaRepository<RiskSetting, String> {
}
