package org.shuangsheng.notification;

/** The ways a message reaches people. Every message goes to the in-app inbox as well. */
public enum Channel {
    /** The inbox in the platform: the message table itself. */
    IN_APP,
    /** A group-chat robot (WeCom/DingTalk style) at {@code shuangsheng.notification.webhook.url}. */
    WEBHOOK,
    /** A text message through the deployment's {@link SmsGateway}. */
    SMS
}
