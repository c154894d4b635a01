package org.shuangsheng.notification.internal;

import java.time.Clock;
import java.util.List;
import org.shuangsheng.notification.NotificationChannel;
import org.shuangsheng.notification.SmsGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;

@Configuration
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfiguration {

    /** Batches per scheduled run: a backlog is worked off in steps, never all in one go. */
    private static final int BATCHES_PER_RUN = 20;

    @Bean
    WebhookChannel webhookChannel(NotificationProperties properties) {
        return new WebhookChannel(properties.webhook());
    }

    /** The deployment's {@link SmsGateway} bean if it declares one, else {@link LoggingSmsGateway}. */
    @Bean
    SmsChannel smsChannel(ObjectProvider<SmsGateway> gateway) {
        return new SmsChannel(gateway.getIfUnique(LoggingSmsGateway::new));
    }

    @Bean
    NotificationDispatcher notificationDispatcher(DeliveryStore deliveries, List<NotificationChannel> channels,
            Clock clock, NotificationProperties properties) {
        return new NotificationDispatcher(deliveries, channels, clock, properties.maxAttempts(),
                properties.batchSize(), properties.lease());
    }

    @Bean
    ScheduledDispatch scheduledDispatch(NotificationDispatcher dispatcher) {
        return new ScheduledDispatch(dispatcher);
    }

    /** Runs the dispatcher every {@code shuangsheng.notification.dispatch-interval} (default 10s). */
    static class ScheduledDispatch {

        private final NotificationDispatcher dispatcher;

        ScheduledDispatch(NotificationDispatcher dispatcher) {
            this.dispatcher = dispatcher;
        }

        @Scheduled(fixedDelayString = "${shuangsheng.notification.dispatch-interval:10s}",
                initialDelayString = "${shuangsheng.notification.dispatch-interval:10s}")
        @SchedulerLock(name = "notification.dispatch", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1S")
        void run() {
            dispatcher.dispatch(BATCHES_PER_RUN);
        }
    }
}
