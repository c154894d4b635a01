package org.shuangsheng.notification.internal;

import org.shuangsheng.notification.SmsGateway;
import org.shuangsheng.shared.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SMS gateway of a platform without one: sends nothing, and logs the message id and the
 * masked recipient, never the text. A deployment replaces it with a bean of its own.
 */
public class LoggingSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

    @Override
    public void send(String recipient, long messageId, String text) {
        log.info("SMS not sent (no gateway configured): message {} to {}", messageId, Masking.phone(recipient));
    }
}
