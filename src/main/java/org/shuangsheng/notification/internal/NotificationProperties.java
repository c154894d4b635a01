package org.shuangsheng.notification.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code shuangsheng.notification.*}: how many attempts a delivery gets before it is given up
 * ({@code max-attempts}, default 8), how many due deliveries one dispatch takes ({@code batch-size}),
 * how long a claimed delivery stays with the instance that claimed it ({@code lease}: if that
 * instance dies mid-send, another takes the delivery over after it), and the webhook robot.
 * The dispatcher's period is {@code shuangsheng.notification.dispatch-interval} (default 10s).
 */
@ConfigurationProperties("shuangsheng.notification")
public record NotificationProperties(@DefaultValue("8") int maxAttempts, @DefaultValue("100") int batchSize,
        @DefaultValue("5m") Duration lease, @DefaultValue Webhook webhook) {

    public NotificationProperties {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("shuangsheng.notification.max-attempts must be at least 1");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("shuangsheng.notification.batch-size must be at least 1");
        }
    }

    /**
     * The group-chat robot: {@code url} empty turns the webhook channel off (its deliveries are
     * given up with the reason "webhook not configured"). The URL often carries the robot's key,
     * so it is never logged.
     */
    public record Webhook(String url, @DefaultValue("5s") Duration connectTimeout,
            @DefaultValue("10s") Duration readTimeout) {

        public boolean enabled() {
            return url != null && !url.isBlank();
        }
    }
}
