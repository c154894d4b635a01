package org.shuangsheng.identity;

import java.time.Instant;

/**
 * Too many failed sign-ins in a row: the account's next sign-in may be tried from {@code until}
 * on, and each further failure doubles the wait. Reported once per run of failures.
 */
public record AccountLocked(String username, Instant until) {
}
