package org.shuangsheng.shared.table;

/**
 * An upload holds more than one import may take in (too many texts, cells or unpacked bytes): the
 * request itself is refused, as opposed to a file whose rows have mistakes to correct.
 */
public class ImportLimitException extends TableFormatException {

    private static final long serialVersionUID = 1L;

    public ImportLimitException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
