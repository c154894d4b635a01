package org.shuangsheng.command;

import java.time.Instant;

/**
 * An alert as the list, its page and the API show it, with its title in the reader's language.
 * {@code occurrences} counts how often it was raised while unresolved.
 */
public record AlertView(long id, String kind, AlertSeverity severity, AlertStatus status, String regionCode,
        String regionName, String title, String link, int occurrences, Instant raisedAt, Instant lastRaisedAt,
        Instant acknowledgedAt, String acknowledgedBy, String acknowledgeNote, Instant resolvedAt, String resolvedBy,
        String resolveNote) {

    public boolean open() {
        return status == AlertStatus.OPEN;
    }

    public boolean resolved() {
        return status == AlertStatus.RESOLVED;
    }
}
