package org.shuangsheng.shared.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
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
 * in GB18030, the superset of the GBK that Chinese Excel saves CSV in. A file in UTF-16 or UTF-32
 * (Excel's "Unicode text", Notepad's "Unicode") is refused by name, as read as either of those it
 * would only come out as a header with none of the expected columns.
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
        refuseWideEncoding(file);
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

    /**
     * By the byte order mark or, without one, by a zero byte near the start: no text in UTF-8 or
     * GB18030 has one, and every ASCII character (comma, line break, digit) in UTF-16 or UTF-32
     * does. UTF-32 is told from UTF-16 by the two bytes of every four that are always zero in it.
     */
    private static void refuseWideEncoding(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4096);
        }
        if (startsWith(head, 0xFF, 0xFE, 0x00, 0x00) || startsWith(head, 0x00, 0x00, 0xFE, 0xFF)) {
            throw new TableFormatException("table.wideEncoding", "UTF-32");
        }
        if (startsWith(head, 0xFF, 0xFE) || startsWith(head, 0xFE, 0xFF)) {
            throw new TableFormatException("table.wideEncoding", "UTF-16");
        }
        boolean zero = false;
        boolean bigEndian32 = head.length >= 4;
        boolean littleEndian32 = head.length >= 4;
        for (int i = 0; i < head.length; i++) {
            zero |= head[i] == 0;
            if (head[i] != 0) {
                bigEndian32 &= i % 4 > 1;
                littleEndian32 &= i % 4 < 2;
            }
        }
        if (zero) {
            throw new TableFormatException("table.wideEncoding", bigEndian32 || littleEndian32 ? "UTF-32" : "UTF-16");
        }
    }

    private static boolean startsWith(byte[] head, int... bytes) {
        if (head.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
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
