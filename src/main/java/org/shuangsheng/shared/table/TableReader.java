package org.shuangsheng.shared.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads an uploaded table: the first sheet of an .xlsx file, or a .csv file in UTF-8 (with or
 * without a byte order mark) or GBK/GB18030, told apart by the file name's extension.
 *
 * <p>The first non-blank row is the header. It must hold every expected column (names compared
 * trimmed, ASCII letters in any case); other columns are ignored and the order is free. Each later
 * row with text in at least one expected column becomes a {@link TableRow} numbered as in Excel;
 * rows blank in every expected column are skipped, and so are a template's example rows: those
 * whose cell in a {@value #EXAMPLE_COLUMN} column (not one of the expected columns) starts with
 * {@value #EXAMPLE_MARK}. Cells come back as trimmed text: numbers in
 * full digits (never {@code 2.30506001E8}, never {@code 12.0}), dates as {@code yyyy-MM-dd},
 * date-times as {@code yyyy-MM-dd HH:mm:ss}, formulas as their value last saved by Excel
 * (a formula never calculated reads as empty), booleans as {@code TRUE}/{@code FALSE}.
 *
 * <p>The upload is copied to a private temporary file, deleted when reading ends, so that large
 * files stream instead of sitting in memory. Limits: {@value #DEFAULT_MAX_BYTES} bytes and
 * {@value #DEFAULT_MAX_ROWS} data rows unless set otherwise; .xlsx zip bombs and XML entities are
 * refused, and so is an .xlsx beyond its {@link TableLimits} (unpacked bytes, shared texts, cells),
 * counted while it streams.
 *
 * <p>Problems with the file throw {@link TableFormatException} with one of the keys
 * {@code table.unsupportedFormat}, {@code table.tooLarge}, {@code table.tooManyRows},
 * {@code table.unreadable}, {@code table.malformedCsv}, {@code table.empty},
 * {@code table.onlyExamples} (example rows and no other),
 * {@code table.missingColumn}, {@code table.duplicateColumn}; beyond the {@link TableLimits} an
 * {@link ImportLimitException} with {@code table.tooManyTexts}, {@code table.tooMuchText},
 * {@code table.tooManyCells}, {@code table.tooLargeUnpacked} or {@code table.partTooLarge}. A
 * failure of the input stream itself
 * is an {@link UncheckedIOException}. Instances hold only their limits and may be shared.
 */
public final class TableReader {

    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    public static final int DEFAULT_MAX_ROWS = 200_000;

    /**
     * The column of an import template that marks its example rows, written last by
     * {@link TableWriter#importTemplate}.
     */
    public static final String EXAMPLE_COLUMN = "说明";

    /** How an example row's {@link #EXAMPLE_COLUMN} cell starts; such a row is never imported. */
    public static final String EXAMPLE_MARK = "示例";

    private final long maxBytes;
    private final int maxRows;
    private final TableLimits limits;

    /** A reader with the default limits: 20 MB, 200,000 data rows, {@link TableLimits#DEFAULTS}. */
    public TableReader() {
        this(DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS);
    }

    /**
     * @param maxBytes the largest file accepted, in bytes
     * @param maxRows the most data rows accepted (blank rows not counted)
     */
    public TableReader(long maxBytes, int maxRows) {
        this(maxBytes, maxRows, TableLimits.DEFAULTS);
    }

    /**
     * @param maxBytes the largest file accepted, in bytes
     * @param maxRows the most data rows accepted (blank rows not counted)
     * @param limits what an .xlsx file may unpack to and make the reader hold
     */
    public TableReader(long maxBytes, int maxRows, TableLimits limits) {
        if (maxBytes < 1 || maxRows < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        this.maxBytes = maxBytes;
        this.maxRows = maxRows;
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Reads a table row by row, handing each data row to {@code rows} as soon as it is read.
     *
     * <p>A problem found part-way (too many rows, a broken file) is thrown after earlier rows
     * were handed over: an import collects or checks rows and commits only when this returns.
     * An exception thrown by {@code rows} ends the reading and is rethrown as it is.
     *
     * @param in the upload; read to its end, not closed
     * @param fileName the name the user's file had, for its extension
     * @param columns the expected column names, as in the header row (e.g. 编码, 名称)
     * @param rows receives each data row in file order
     */
    public void read(InputStream in, String fileName, List<String> columns, Consumer<TableRow> rows) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(rows, "rows");
        TableFormat format = TableFormat.ofFileName(fileName);
        RowAssembler assembler = new RowAssembler(expected(columns), maxRows, rows);
        Path file = spool(in);
        try {
            switch (format) {
                case XLSX -> readXlsx(file, assembler);
                case CSV -> readCsv(file, assembler);
            }
        } catch (RowAssembler.ConsumerFailure failure) {
            throw failure.getCause();
        } finally {
            delete(file);
        }
    }

    /** Reads a whole table into memory; for large imports prefer {@link #read}. */
    public Table readAll(InputStream in, String fileName, List<String> columns) {
        List<TableRow> rows = new ArrayList<>();
        read(in, fileName, columns, rows::add);
        return new Table(columns, rows);
    }

    private void readXlsx(Path file, RowAssembler assembler) {
        try {
            XlsxTableSource.read(file.toFile(), maxBytes, limits, assembler);
        } catch (TableFormatException | RowAssembler.ConsumerFailure e) {
            throw e;
        } catch (Exception e) {
            // A limit met while POI reads a part (its content types, styles) arrives wrapped.
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof TableFormatException limit) {
                    throw limit;
                }
            }
            throw TableFormatException.unreadable(e);
        }
    }

    private static void readCsv(Path file, RowAssembler assembler) {
        try {
            CsvTableSource.read(file, assembler);
        } catch (IOException e) {
            throw TableFormatException.unreadable(e);
        }
    }

    private static List<String> expected(List<String> columns) {
        List<String> expected = List.copyOf(columns);
        if (expected.isEmpty()) {
            throw new IllegalArgumentException("no expected columns");
        }
        Set<String> seen = new HashSet<>();
        for (String column : expected) {
            String name = RowAssembler.normalize(column);
            if (name.isEmpty() || !seen.add(name)) {
                throw new IllegalArgumentException("blank or repeated expected column: " + column);
            }
        }
        return expected;
    }

    /** Copies the upload to a temporary file readable only by this process's user. */
    private Path spool(InputStream in) {
        Path file;
        try {
            file = Files.createTempFile("shuangsheng-table-", ".upload");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int read;
            while ((read = in.read(buffer)) >= 0) {
                total += read;
                if (total > maxBytes) {
                    throw new TableFormatException("table.tooLarge", megabytes(maxBytes));
                }
                out.write(buffer, 0, read);
            }
            return file;
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }

    /** A byte count in whole megabytes, rounded up, for messages. */
    static long megabytes(long bytes) {
        return (bytes + (1L << 20) - 1) >> 20;
    }
}
