package org.shuangsheng.shared.table;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes CSV as Excel reads it: UTF-8 with a byte order mark, commas, CRLF. */
final class CsvTableWriter implements TableWriter {

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final CSVPrinter printer;
    private boolean started;

    CsvTableWriter(OutputStream out) {
        try {
            out.write(BYTE_ORDER_MARK);
            printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
                    CSVFormat.DEFAULT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public TableWriter sheet(String name) {
        if (started) {
            throw new IllegalStateException("a CSV file holds one table");
        }
        return this;
    }

    @Override
    public TableWriter header(List<String> names) {
        if (started) {
            throw new IllegalStateException("the header comes before any row");
        }
        return row(names);
    }

    @Override
    public TableWriter row(List<?> values) {
        started = true;
        List<String> texts = new ArrayList<>(values.size());
        for (Object value : values) {
            texts.add(value instanceof Number number ? CellText.plain(number) : CellText.of(value));
        }
        try {
            printer.printRecord(texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    @Override
    public void close() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
