package org.shuangsheng.shared.table;

/**
 * As many imports as the instance runs at once are running: the upload is not read at all and
 * may be sent again after {@link #retryAfterSeconds()}. A {@link TableFormatException} so that an
 * import page shows its message where it shows any other problem with the file.
 */
public class ImportBusyException extends TableFormatException {

    private static final long serialVersionUID = 1L;

    private final int retryAfterSeconds;

    public ImportBusyException(int retryAfterSeconds) {
        super("import.busy");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
