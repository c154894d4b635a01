package org.shuangsheng.identity;

import java.time.Instant;

/** Too many failed sign-ins: the account refuses every password until {@code until}. */
public record AccountLocked(String username, Instant until) {
}
