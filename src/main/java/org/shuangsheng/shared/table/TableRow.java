package org.shuangsheng.shared.table;

import java.util.List;
import java.util.Objects;

/**
 * One data row of an uploaded table.
 *
 * @param number the row number the user sees in Excel (the header is usually row 1, so the first
 *     data row is usually row 2); for CSV, the record's number counting the header as 1
 * @param columns the expected columns, in the order the caller gave them
 * @param values the trimmed text of each expected column, in the same order; never null, empty
 *     when the cell is empty
 */
public record TableRow(int number, List<String> columns, List<String> values) {

    public TableRow {
        columns = List.copyOf(columns);
        values = List.copyOf(values);
        if (columns.size() != values.size()) {
            throw new IllegalArgumentException(
                    "row " + number + " has " + values.size() + " values for " + columns.size() + " columns");
        }
    }

    /**
     * The trimmed text of a column, empty when the cell is empty.
     *
     * @param column one of the expected column names, exactly as given to the reader
     * @throws IllegalArgumentException if the column is not one of the expected columns
     */
    public String get(String column) {
        int index = columns.indexOf(Objects.requireNonNull(column, "column"));
        if (index < 0) {
            throw new IllegalArgumentException("not an expected column: " + column);
        }
        return values.get(index);
    }

    /** Whether a column's cell is empty. */
    public boolean isBlank(String column) {
        return get(column).isEmpty();
    }
}
