package org.shuangsheng.shared.table;

import java.util.Arrays;
import java.util.Objects;

/**
 * One thing wrong in one row of an import.
 *
 * @param row the row number the user sees in the file ({@link TableRow#number()})
 * @param field the column (header name) at fault, or null when the whole row is
 * @param messageKey the message to show, e.g. {@code resident.idNumber.invalid}
 * @param args the message's arguments, e.g. the value found
 */
public record RowError(int row, String field, String messageKey, Object... args) {

    public RowError {
        Objects.requireNonNull(messageKey, "messageKey");
        args = args == null ? new Object[0] : args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RowError that && row == that.row && Objects.equals(field, that.field)
                && messageKey.equals(that.messageKey) && Arrays.equals(args, that.args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(row, field, messageKey, Arrays.hashCode(args));
    }

    @Override
    public String toString() {
        return "RowError[row=" + row + ", field=" + field + ", messageKey=" + messageKey
                + ", args=" + Arrays.toString(args) + "]";
    }
}
