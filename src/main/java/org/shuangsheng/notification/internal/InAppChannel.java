package org.shuangsheng.notification.internal;

import org.shuangsheng.notification.Channel;
import org.shuangsheng.notification.DeliveryResult;
import org.shuangsheng.notification.NotificationChannel;
import org.shuangsheng.notification.OutgoingNotification;
import org.springframework.stereotype.Component;

/** The inbox is the message table itself: an in-app message is delivered as soon as it is stored. */
@Component
class InAppChannel implements NotificationChannel {

    @Override
    public Channel channel() {
        return Channel.IN_APP;
    }

    @Override
    public DeliveryResult deliver(OutgoingNotification notification) {
        return DeliveryResult.sent();
    }
}
