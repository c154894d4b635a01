package org.shuangsheng.shared;

/**
 * A value typed by a person or read from a file did not pass validation.
 *
 * <p>The message is the message key and nothing else: the rejected text may be an ID number or a
 * phone number, and exception messages end up in logs and error responses. Callers that want to
 * name the field put the field name next to the key themselves.
 */
public final class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public InvalidValueException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    /** The key of the localized message in the message bundles, e.g. {@code invalid.idNumber.checksum}. */
    public String messageKey() {
        return messageKey;
    }
}
