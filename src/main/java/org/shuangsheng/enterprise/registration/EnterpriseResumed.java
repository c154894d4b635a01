package org.shuangsheng.enterprise.registration;

import java.time.LocalDate;

/** An enterprise filed and resumed work on this date (the district's date). */
public record EnterpriseResumed(long enterpriseId, String regionPath, LocalDate resumedOn) {
}
