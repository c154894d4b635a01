package org.shuangsheng.shared.table;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a table to .xlsx or .csv as it goes, so a 100,000-row export never sits whole in memory.
 *
 * <pre>{@code
 * try (TableWriter writer = TableWriter.xlsx(out).sheet("区划").header(List.of("编码", "名称"))) {
 *     regions.forEach(region -> writer.row(List.of(region.code(), region.name())));
 * }
 * }</pre>
 *
 * <p>Values: {@code null} is an empty cell; a {@link Number} is a number (in .xlsx a numeric
 * cell, integers shown in full, a {@code BigDecimal} with its decimals; one with more than the
 * 15 significant digits a spreadsheet keeps is written as text instead); a {@code LocalDate} is
 * the text {@code yyyy-MM-dd}, a {@code LocalDateTime} {@code yyyy-MM-dd HH:mm:ss}; anything else
 * its {@code toString()}. Text starting with {@code = + - @}, a tab or a carriage return gets a
 * leading {@code '} so that no spreadsheet runs it as a formula.
 *
 * <p>.xlsx: a bold header row, frozen and filterable, columns sized for their text (Chinese
 * characters counted double) and formatted as text, so values typed into the file later (ID
 * numbers, codes) stay as typed. .csv: UTF-8 with a byte order mark, so Excel shows Chinese
 * correctly, CRLF line ends; one table only.
 *
 * <p>{@link #close()} finishes the file and flushes the stream without closing it. Output errors
 * are {@link java.io.UncheckedIOException}s. Not for use by several threads.
 */
public sealed interface TableWriter extends AutoCloseable permits XlsxTableWriter, CsvTableWriter {

    /** A writer of an .xlsx workbook to {@code out}. */
    static TableWriter xlsx(OutputStream out) {
        return new XlsxTableWriter(out);
    }

    /** A writer of a CSV file (UTF-8 with byte order mark) to {@code out}. */
    static TableWriter csv(OutputStream out) {
        return new CsvTableWriter(out);
    }

    /** A writer of the given format to {@code out}. */
    static TableWriter of(TableFormat format, OutputStream out) {
        return switch (format) {
            case XLSX -> xlsx(out);
            case CSV -> csv(out);
        };
    }

    /** Writes a header row and these rows as they are: a file to import. */
    static void template(TableFormat format, OutputStream out, String sheetName, List<String> header,
            List<? extends List<?>> rows) {
        try (TableWriter writer = of(format, out)) {
            writer.sheet(sheetName).header(header);
            rows.forEach(writer::row);
        }
    }

    /**
     * Writes an import template: the header row and example rows, which show the user what each
     * column expects. A last column {@value TableReader#EXAMPLE_COLUMN} marks each example
     * {@value #EXAMPLE_NOTE}, so that {@link TableReader} skips it: a template sent back unchanged
     * imports nothing, and a row the user fills in below is read as it is.
     */
    static void importTemplate(TableFormat format, OutputStream out, String sheetName, List<String> header,
            List<? extends List<?>> examples) {
        if (examples.isEmpty()) {
            template(format, out, sheetName, header, examples);
            return;
        }
        List<String> marked = new ArrayList<>(header);
        marked.add(TableReader.EXAMPLE_COLUMN);
        template(format, out, sheetName, marked, examples.stream().map(example -> {
            List<Object> row = new ArrayList<>(example);
            row.add(EXAMPLE_NOTE);
            return row;
        }).toList());
    }

    /** The note on each example row of a template; it starts with {@value TableReader#EXAMPLE_MARK}. */
    String EXAMPLE_NOTE = TableReader.EXAMPLE_MARK + "行，不会导入；请在下方另起一行填写";

    /**
     * Starts a sheet with this name (.xlsx; made safe for Excel, at most 31 characters). Rows
     * written before any call go to a sheet named "Sheet1". A CSV file ignores the name and
     * refuses a second table.
     */
    TableWriter sheet(String name);

    /** Writes the header row; it must come before any data row of the sheet. */
    TableWriter header(List<String> names);

    /** Writes one data row, values in column order. */
    TableWriter row(List<?> values);

    /** Finishes the file and flushes the stream, which stays open. */
    @Override
    void close();
}
