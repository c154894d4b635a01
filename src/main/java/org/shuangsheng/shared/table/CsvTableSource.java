package org.shuangsheng.shared.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file in UTF-8 (with or without a byte order mark) or, when it is not valid UTF-8,
 * in GB18030, the superset of the GBK that Chinese Excel saves CSV in.
 */
final class CsvTableSource {

    private static final Charset GB18030 = Charset.forName("GB18030");

    /** Comma-separated, quotes as Excel writes them, empty lines kept so row numbers match. */
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setIgnoreEmptyLines(false)
            .setTrailingData(true)
            .get();

    private CsvTableSource() {
    }

    static void read(Path file, RowAssembler rows) throws IOException {
        Charset charset = isUtf8(file) ? StandardCharsets.UTF_8 : GB18030;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset))) {
            skipByteOrderMark(reader);
            CSVParser parser = FORMAT.parse(reader);
            Iterator<CSVRecord> records = parser.iterator();
            int number = 0;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    TableFormatException malformed = new TableFormatException("table.malformedCsv", number + 1);
                    malformed.initCause(e);
                    throw malformed;
                }
                number = Math.toIntExact(record.getRecordNumber());
                rows.accept(number, Arrays.asList(record.values()));
            }
        }
        rows.finish();
    }

    private static boolean isUtf8(Path file) throws IOException {
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder())) {
            char[] buffer = new char[8192];
            while (reader.read(buffer) >= 0) {
                // decoding the whole file is the check
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static void skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
    }
}
