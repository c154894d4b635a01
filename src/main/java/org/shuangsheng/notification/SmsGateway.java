package org.shuangsheng.notification;

/**
 * Sends a text message. The platform ships only {@code LoggingSmsGateway}, which sends nothing
 * and logs that it would have; a deployment declares its own bean of this type for the
 * operator's real gateway, which also resolves the recipient to a mobile number.
 */
public interface SmsGateway {

    /**
     * @param recipient the account name the message is for, or {@code role:<ROLE>} for a broadcast
     *        (the gateway resolves numbers); never to be logged unmasked
     * @param messageId the notification's id, for the gateway's own records
     * @param text the text to send; never to be logged
     * @throws RuntimeException when the gateway could not take the message (it is retried)
     */
    void send(String recipient, long messageId, String text);
}
