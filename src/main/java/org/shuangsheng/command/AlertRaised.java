package org.shuangsheng.command;

import java.time.Instant;

/**
 * An alert was opened (published once per alert, not for a repeated occurrence of an open one),
 * in the transaction of the change that raised it.
 */
public record AlertRaised(long alertId, String kind, AlertSeverity severity, String regionCode, String regionPath,
        Instant raisedAt) {
}
