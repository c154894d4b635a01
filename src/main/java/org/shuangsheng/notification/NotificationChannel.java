package org.shuangsheng.notification;

/**
 * Delivers messages of one {@link Channel}. One bean per channel; the dispatcher calls it outside
 * any transaction, at least once per delivery (a crash between sending and recording the result
 * sends again after the claim's lease, so a channel should tolerate a rare duplicate). An
 * exception counts as {@link DeliveryResult#retry}.
 */
public interface NotificationChannel {

    Channel channel();

    DeliveryResult deliver(OutgoingNotification notification);
}
