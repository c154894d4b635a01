package org.shuangsheng.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.shuangsheng.notification.Channel;
import org.shuangsheng.notification.DeliveryResult;
import org.shuangsheng.notification.NotificationChannel;
import org.shuangsheng.notification.internal.DeliveryStore.Due;
import org.shuangsheng.notification.internal.DeliveryStore.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works off due deliveries: claims each (of several instances exactly one wins), hands it to its
 * channel outside any transaction, and records the outcome. A failed attempt is tried again
 * after 1 min, 5 min, 30 min, 2 h, 6 h, then every 12 h, up to the maximum number of attempts;
 * then the delivery is given up. All state is in the database, so a restart loses nothing: what
 * was pending is due at the next dispatch, and what was claimed by an instance that died is due
 * again when its lease ends.
 */
public class NotificationDispatcher {

    static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(6), Duration.ofHours(12));

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

    private final DeliveryStore deliveries;
    private final Map<Channel, NotificationChannel> channels = new EnumMap<>(Channel.class);
    private final Clock clock;
    private final int maxAttempts;
    private final int batchSize;
    private final Duration lease;

    public NotificationDispatcher(DeliveryStore deliveries, List<? extends NotificationChannel> channels, Clock clock,
            int maxAttempts, int batchSize, Duration lease) {
        this.deliveries = deliveries;
        channels.forEach(channel -> this.channels.put(channel.channel(), channel));
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.batchSize = batchSize;
        this.lease = lease;
    }

    /** The wait after failed attempt number {@code attempt} (1-based). */
    static Duration backoff(int attempt) {
        return BACKOFF.get(Math.min(Math.max(attempt, 1), BACKOFF.size()) - 1);
    }

    /** One batch of due deliveries; answers how many this instance attempted. */
    public int dispatchBatch() {
        Instant now = clock.instant();
        int attempted = 0;
        for (Due due : deliveries.due(now, batchSize)) {
            if (deliveries.claim(due, now, now.plus(lease))) {
                attempt(due);
                attempted++;
            }
        }
        return attempted;
    }

    /** Due deliveries batch after batch, until none is left or {@code maxBatches} are done. */
    public int dispatch(int maxBatches) {
        int total = 0;
        for (int batch = 0; batch < maxBatches; batch++) {
            int attempted = dispatchBatch();
            total += attempted;
            if (attempted == 0) {
                break;
            }
        }
        return total;
    }

    private void attempt(Due due) {
        int attempt = due.attempts() + 1;
        DeliveryResult result = deliver(due);
        Instant now = clock.instant();
        String reason = NotificationText.reason(result.reason());
        switch (result.outcome()) {
            case SENT -> deliveries.record(due.deliveryId(), attempt, now, Status.SENT, null, null);
            case RETRY -> {
                if (attempt >= maxAttempts) {
                    giveUp(due, attempt, now, reason);
                } else {
                    deliveries.record(due.deliveryId(), attempt, now, Status.FAILED, now.plus(backoff(attempt)),
                            reason);
                }
            }
            case GIVE_UP -> giveUp(due, attempt, now, reason);
        }
    }

    private DeliveryResult deliver(Due due) {
        NotificationChannel channel = channels.get(due.channel());
        if (channel == null) {
            return DeliveryResult.giveUp("no " + due.channel() + " channel");
        }
        try {
            DeliveryResult result = channel.deliver(due.notification());
            return result == null ? DeliveryResult.retry("no result") : result;
        } catch (RuntimeException e) {
            // The exception's type only: its message may hold an address or a key.
            return DeliveryResult.retry(e.getClass().getSimpleName());
        }
    }

    private void giveUp(Due due, int attempt, Instant now, String reason) {
        deliveries.record(due.deliveryId(), attempt, now, Status.GAVE_UP, null, reason);
        log.warn("Notification {} gave up on {} after {} attempts: {}", due.notification().messageId(),
                due.channel(), attempt, reason);
    }
}
