package org.shuangsheng.identity.internal;

import java.time.Duration;
import java.util.Optional;

/**
 * The wait before the next sign-in after failures in a row: none before {@code maxFailures},
 * then {@code first}, doubling with each further failure up to {@code max}.
 */
record SignInDelays(int maxFailures, Duration first, Duration max) {

    Optional<Duration> after(int failures) {
        if (failures < maxFailures) {
            return Optional.empty();
        }
        Duration delay = first.multipliedBy(1L << Math.min(failures - maxFailures, 30));
        return Optional.of(delay.compareTo(max) > 0 ? max : delay);
    }
}
