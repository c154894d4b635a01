package org.shuangsheng.shared;

import java.time.Duration;

/**
 * A budget of the caller's is spent for now: the API answers 429 with Retry-After, a page the
 * error page; the message key says what was limited and when to try again.
 */
public class ThrottledException extends RuntimeException {

    private final String messageKey;
    private final Duration retryAfter;

    public ThrottledException(String messageKey, Duration retryAfter) {
        super(messageKey);
        this.messageKey = messageKey;
        this.retryAfter = retryAfter;
    }

    public String messageKey() {
        return messageKey;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
