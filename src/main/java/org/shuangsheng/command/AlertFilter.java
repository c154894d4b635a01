package org.shuangsheng.command;

import java.time.LocalDate;

/**
 * What a list of alerts is narrowed by, all optional: status, kind, severity, a region (its
 * subtree; must lie in the caller's scope), and the days it was raised on (district time, inclusive).
 */
public record AlertFilter(AlertStatus status, String kind, AlertSeverity severity, String regionCode, LocalDate from,
        LocalDate to) {

    public static AlertFilter none() {
        return new AlertFilter(null, null, null, null, null, null);
    }
}
