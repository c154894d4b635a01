package org.shuangsheng.notification;

/**
 * What one attempt of a channel came to. {@code reason} is short and names no person (it is
 * stored and logged): a status code or an exception's type, never a text or an address.
 */
public record DeliveryResult(Outcome outcome, String reason) {

    public enum Outcome {
        /** Delivered. */
        SENT,
        /** Not delivered this time; try again later. */
        RETRY,
        /** Will never be delivered by trying again (e.g. the channel is not configured). */
        GIVE_UP
    }

    public static DeliveryResult sent() {
        return new DeliveryResult(Outcome.SENT, null);
    }

    public static DeliveryResult retry(String reason) {
        return new DeliveryResult(Outcome.RETRY, reason);
    }

    public static DeliveryResult giveUp(String reason) {
        return new DeliveryResult(Outcome.GIVE_UP, reason);
    }
}
