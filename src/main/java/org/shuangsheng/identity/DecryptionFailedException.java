package org.shuangsheng.identity;

/**
 * A stored value of personal data could not be decrypted: it was altered, cut short, or made with
 * a key this instance does not have.
 *
 * <p>The message says which, and never quotes the stored value or what it might decrypt to; no
 * cause is attached, so nothing of the value reaches a log through a stack trace.
 */
public final class DecryptionFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DecryptionFailedException(String reason) {
        super("Stored personal data could not be decrypted: " + reason);
    }
}
