package org.shuangsheng.shared.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns the raw rows of a file into {@link TableRow}s: the first non-blank row is the header,
 * matched against the expected columns; every later row with something in an expected column is
 * handed to the consumer, up to the row limit, except a template's example rows (see
 * {@link TableReader#EXAMPLE_COLUMN}).
 */
final class RowAssembler {

    private final List<String> columns;
    private final List<String> normalizedColumns;
    private final int maxRows;
    private final Consumer<TableRow> consumer;
    private int[] positions;
    private int examplePosition = -1;
    private int dataRows;
    private int exampleRows;

    RowAssembler(List<String> columns, int maxRows, Consumer<TableRow> consumer) {
        this.columns = columns;
        this.normalizedColumns = columns.stream().map(RowAssembler::normalize).toList();
        this.maxRows = maxRows;
        this.consumer = consumer;
    }

    /**
     * Takes one row of the file.
     *
     * @param number the row number the user sees
     * @param cells the cells' text by column position (A is 0); missing cells may be null
     */
    void accept(int number, List<String> cells) {
        if (positions == null) {
            if (!isBlank(cells)) {
                positions = matchHeader(cells);
            }
            return;
        }
        if (examplePosition >= 0 && examplePosition < cells.size()
                && CellText.trim(cells.get(examplePosition)).startsWith(TableReader.EXAMPLE_MARK)) {
            exampleRows++;
            return;
        }
        String[] values = new String[columns.size()];
        boolean blank = true;
        for (int i = 0; i < values.length; i++) {
            int position = positions[i];
            values[i] = position < cells.size() ? CellText.trim(cells.get(position)) : "";
            blank &= values[i].isEmpty();
        }
        if (blank) {
            return;
        }
        if (++dataRows > maxRows) {
            throw new TableFormatException("table.tooManyRows", maxRows);
        }
        TableRow row = new TableRow(number, columns, List.of(values));
        try {
            consumer.accept(row);
        } catch (RuntimeException e) {
            throw new ConsumerFailure(e);
        }
    }

    /**
     * Says the file has ended: a file without a header row is refused, and so is a template sent
     * back with nothing but its example rows, so that the user hears why nothing was imported.
     */
    void finish() {
        if (positions == null) {
            throw new TableFormatException("table.empty");
        }
        if (dataRows == 0 && exampleRows > 0) {
            throw new TableFormatException("table.onlyExamples", exampleRows);
        }
    }

    private int[] matchHeader(List<String> header) {
        int[] found = new int[columns.size()];
        Arrays.fill(found, -1);
        String exampleColumn = normalize(TableReader.EXAMPLE_COLUMN);
        for (int position = 0; position < header.size(); position++) {
            String name = normalize(header.get(position));
            if (name.equals(exampleColumn) && !normalizedColumns.contains(exampleColumn) && examplePosition < 0) {
                examplePosition = position;
            }
            for (int i = 0; i < found.length; i++) {
                if (normalizedColumns.get(i).equals(name)) {
                    if (found[i] >= 0) {
                        throw new TableFormatException("table.duplicateColumn", columns.get(i));
                    }
                    found[i] = position;
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < found.length; i++) {
            if (found[i] < 0) {
                missing.add(columns.get(i));
            }
        }
        if (!missing.isEmpty()) {
            throw new TableFormatException("table.missingColumn", String.join("、", missing));
        }
        return found;
    }

    /** A column name as compared: trimmed, ASCII letters in lower case. */
    static String normalize(String name) {
        String trimmed = CellText.trim(name);
        StringBuilder normal = new StringBuilder(trimmed.length());
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            normal.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return normal.toString();
    }

    private static boolean isBlank(List<String> cells) {
        for (String cell : cells) {
            if (!CellText.trim(cell).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Carries an exception thrown by the caller's consumer out of a parser, untouched. */
    static final class ConsumerFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        ConsumerFailure(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }
}
