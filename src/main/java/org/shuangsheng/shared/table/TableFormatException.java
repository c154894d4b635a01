package org.shuangsheng.shared.table;

import java.util.Arrays;

/**
 * An uploaded table cannot be used as a whole: wrong file type, too large, unreadable, or a
 * column missing. Carries a message key and its arguments for the page to show in the user's
 * language; the exception's own message is for logs.
 */
public class TableFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final Object[] args;

    public TableFormatException(String messageKey, Object... args) {
        super(args.length == 0 ? messageKey : messageKey + " " + Arrays.toString(args));
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    static TableFormatException unreadable(Throwable cause) {
        TableFormatException exception = new TableFormatException("table.unreadable");
        exception.initCause(cause);
        return exception;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
