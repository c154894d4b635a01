package org.shuangsheng.audit.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code shuangsheng.audit.retention}: how long audit records are kept before the purge
 * removes them (default 365 days). 等保 level 3 asks for at least 180 days, so a shorter
 * period stops the platform at startup.
 */
@ConfigurationProperties("shuangsheng.audit")
public record AuditProperties(@DefaultValue("365d") Duration retention) {

    public static final Duration MINIMUM_RETENTION = Duration.ofDays(180);

    public AuditProperties {
        if (retention == null || retention.compareTo(MINIMUM_RETENTION) < 0) {
            throw new IllegalArgumentException("shuangsheng.audit.retention must be at least 180 days (等保 level 3"
                    + " keeps audit records for 6 months), but is " + describe(retention));
        }
    }

    private static String describe(Duration retention) {
        if (retention == null) {
            return "empty";
        }
        return retention.toDays() + " days (" + retention + ")";
    }
}
