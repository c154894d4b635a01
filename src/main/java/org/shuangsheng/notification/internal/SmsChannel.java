package org.shuangsheng.notification.internal;

import org.shuangsheng.notification.Channel;
import org.shuangsheng.notification.DeliveryResult;
import org.shuangsheng.notification.NotificationChannel;
import org.shuangsheng.notification.OutgoingNotification;
import org.shuangsheng.notification.SmsGateway;

/** Hands a message to the deployment's {@link SmsGateway}: subject and body as one text. */
class SmsChannel implements NotificationChannel {

    private final SmsGateway gateway;

    SmsChannel(SmsGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public DeliveryResult deliver(OutgoingNotification notification) {
        String recipient = notification.recipientUsername() != null ? notification.recipientUsername()
                : "role:" + notification.recipientRole();
        String text = notification.body().isEmpty() ? notification.subject()
                : notification.subject() + " " + notification.body();
        gateway.send(recipient, notification.messageId(), text);
        return DeliveryResult.sent();
    }
}
