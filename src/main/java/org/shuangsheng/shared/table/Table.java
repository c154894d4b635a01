package org.shuangsheng.shared.table;

import java.util.List;

/**
 * A whole uploaded table, for files small enough to hold; large imports stream rows with
 * {@link TableReader#read} instead.
 *
 * @param columns the expected columns, in the order the caller gave them
 * @param rows the non-blank data rows, in file order
 */
public record Table(List<String> columns, List<TableRow> rows) {

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
