package org.shuangsheng.shared.table;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet of an .xlsx file as a stream of SAX events, one row at a time, so a sheet
 * of 100,000 rows is never held whole. The package is opened through POI, which refuses zip bombs
 * (its minimum inflate ratio) and XML with a DOCTYPE, hence with entities. Bombs under POI's
 * ratio are stopped by {@link TableLimits}, counted as the file streams: bytes unpacked, shared
 * texts and their characters, cells.
 *
 * <p>POI's own streaming reader ({@code XSSFSheetXMLHandler}) is not used: its shared-string
 * table ({@code ReadOnlySharedStringsTable}) reads every text into a list before the first row,
 * with no bound, which is the bomb itself; and it formats numbers for display, where an import
 * needs full digits and ISO dates.
 */
final class XlsxTableSource {

    /** Excel's own limit on the text of one cell. */
    static final int MAX_CELL_CHARS = 32_767;

    /** Excel's own limit on columns (A to XFD); cells beyond it are ignored. */
    static final int MAX_COLUMNS = 16_384;

    /** Text buffered for one row before it is matched; far beyond any real row. */
    static final int MAX_ROW_CHARS = 1_048_576;

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";

    /** The parts read as a stream, which may be as large as the file's limits allow. */
    private static final Set<String> STREAMED = Set.of(XSSFRelation.WORKSHEET.getContentType(),
            XSSFRelation.SHARED_STRINGS.getContentType());

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    /**
     * Shared strings are held in memory while the sheet streams: their text may be at most this
     * many characters per byte of the file size limit, so a crafted file cannot fill the heap.
     */
    private static final int SHARED_CHARS_PER_BYTE = 4;

    /** Excel shows numbers to 15 significant digits; the stored binary double carries noise beyond. */
    private static final MathContext EXCEL_PRECISION = new MathContext(15);

    private XlsxTableSource() {
    }

    /**
     * @param maxBytes the file size limit, which also bounds the text of the shared strings
     * @param limits what the file may make the reader hold or work through
     */
    static void read(File file, long maxBytes, TableLimits limits, RowAssembler rows) throws Exception {
        CountedZipSource zip = new CountedZipSource(new ZipSecureFile(file), limits.inflatedBytes());
        OPCPackage pkg = open(zip);
        try {
            for (PackagePart part : pkg.getParts()) {
                if (STREAMED.contains(part.getContentType())) {
                    zip.streams(part);
                }
            }
            XSSFReader reader = new XSSFReader(pkg);
            SharedStrings sharedStrings = sharedStrings(pkg, maxBytes, limits);
            NumberCells numbers = new NumberCells(reader.getStylesTable(), usesDate1904(reader));
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            if (!sheets.hasNext()) {
                throw new TableFormatException("table.empty");
            }
            try (InputStream sheet = sheets.next()) {
                parse(sheet, new SheetHandler(sharedStrings, numbers, limits.cells(), rows));
            }
            rows.finish();
        } finally {
            pkg.revert();
        }
    }

    /**
     * Opens the package through its zip directory only: POI's fallback for a damaged directory
     * would unpack every entry into memory.
     */
    private static OPCPackage open(ZipFileZipEntrySource zip) throws Exception {
        try {
            return OPCPackage.open(zip);
        } catch (Exception e) {
            zip.close();
            throw e;
        }
    }

    private static void parse(InputStream xml, DefaultHandler handler) throws Exception {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(handler);
        try {
            parser.parse(new InputSource(xml));
        } catch (SAXException e) {
            if (e.getException() instanceof RuntimeException inner) {
                throw inner;
            }
            throw e;
        }
    }

    private static SharedStrings sharedStrings(OPCPackage pkg, long maxBytes, TableLimits limits) throws Exception {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return new SharedStrings(0, 0);
        }
        try (InputStream xml = parts.get(0).getInputStream()) {
            countItems(xml, limits.sharedStrings());
        } catch (IOException e) {
            // A broken or over-packed part (POI's ratio check) is met again by the parse below,
            // which names the first problem it reaches, maybe an earlier one.
        }
        SharedStringsHandler handler = new SharedStringsHandler(maxBytes, limits);
        try (InputStream xml = parts.get(0).getInputStream()) {
            parse(xml, handler);
        }
        return handler.strings;
    }

    /**
     * Counts the {@code <si>} elements of the shared strings by their bytes before they are parsed:
     * a table of tens of millions of texts is refused after a fraction of a second, where parsing
     * up to the limit would take seconds. Tags are told by name, with any namespace prefix; text
     * that merely looks like a tag can only make the count higher, and the parser counts again.
     */
    static void countItems(InputStream xml, int max) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        byte[] name = new byte[2];
        int nameLength = -1;
        boolean prefixed = false;
        long items = 0;
        int read;
        while ((read = xml.read(buffer)) > 0) {
            for (int i = 0; i < read; i++) {
                byte b = buffer[i];
                if (b == '<') {
                    nameLength = 0;
                    prefixed = false;
                } else if (nameLength < 0) {
                    continue;
                } else if (b == '>' || b == '/' || b == ' ' || b == '\t' || b == '\r' || b == '\n') {
                    if (nameLength == 2 && name[0] == 's' && name[1] == 'i') {
                        if (++items > max) {
                            throw new ImportLimitException("table.tooManyTexts", max);
                        }
                    }
                    nameLength = -1;
                } else if (b == ':' && !prefixed) {
                    nameLength = 0;
                    prefixed = true;
                } else {
                    if (nameLength < name.length) {
                        name[nameLength] = b;
                    }
                    nameLength++;
                }
            }
        }
    }

    private static boolean usesDate1904(XSSFReader reader) throws Exception {
        WorkbookHandler handler = new WorkbookHandler();
        try (InputStream xml = reader.getWorkbookData()) {
            parse(xml, handler);
        }
        return handler.date1904;
    }

    private static boolean isSpreadsheetMl(String uri) {
        return uri.isEmpty() || MAIN.equals(uri) || STRICT_MAIN.equals(uri);
    }

    private static int columnOf(String cellReference) {
        int column = 0;
        for (int i = 0; i < cellReference.length(); i++) {
            char c = cellReference.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else {
                break;
            }
            if (column > MAX_COLUMNS) {
                return MAX_COLUMNS;
            }
        }
        return column - 1;
    }

    /** Reads whether dates count from 1904 (old Mac workbooks) instead of 1900. */
    private static final class WorkbookHandler extends DefaultHandler {

        private boolean date1904;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if ("workbookPr".equals(localName) && isSpreadsheetMl(uri)) {
                String value = attributes.getValue("date1904");
                date1904 = "1".equals(value) || "true".equals(value);
            }
        }
    }

    /** Keeps the plain text of each shared string, without rich-text formatting or phonetic runs. */
    private static final class SharedStringsHandler extends DefaultHandler {

        private final SharedStrings strings;
        private final StringBuilder text = new StringBuilder();
        private final long maxBytes;
        private long chars;
        private boolean inItem;
        private boolean inText;
        private boolean inPhonetic;

        SharedStringsHandler(long maxBytes, TableLimits limits) {
            this.maxBytes = maxBytes;
            this.strings = new SharedStrings(limits.sharedStrings(), limits.sharedChars());
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (!isSpreadsheetMl(uri)) {
                return;
            }
            switch (localName) {
                case "si" -> {
                    strings.countString();
                    inItem = true;
                    text.setLength(0);
                }
                case "rPh" -> inPhonetic = true;
                case "t" -> inText = inItem && !inPhonetic;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText) {
                chars += length;
                if (chars > maxBytes * SHARED_CHARS_PER_BYTE) {
                    throw new TableFormatException("table.tooLarge", TableReader.megabytes(maxBytes));
                }
                strings.countChars(length);
                if (text.length() + length > MAX_CELL_CHARS) {
                    throw new TableFormatException("table.unreadable");
                }
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (!isSpreadsheetMl(uri)) {
                return;
            }
            switch (localName) {
                case "si" -> {
                    strings.add(CellText.decodeEscapes(text.toString()));
                    inItem = false;
                }
                case "rPh" -> inPhonetic = false;
                case "t" -> inText = false;
                default -> {
                }
            }
        }
    }

    /** The cells of one row, by column position; reused from row to row. */
    private static final class RowCells extends AbstractList<String> {

        private String[] cells = new String[16];
        private int size;
        private int chars;

        void reset() {
            Arrays.fill(cells, 0, size, null);
            size = 0;
            chars = 0;
        }

        void put(int column, String text) {
            if (column < 0 || column >= MAX_COLUMNS) {
                return;
            }
            chars += text.length();
            if (chars > MAX_ROW_CHARS) {
                throw new TableFormatException("table.unreadable");
            }
            if (column >= cells.length) {
                cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
            }
            cells[column] = text;
            size = Math.max(size, column + 1);
        }

        @Override
        public String get(int index) {
            return cells[index];
        }

        @Override
        public int size() {
            return size;
        }
    }

    /**
     * Gives numeric cells as the user reads them, without Excel's display formatting: full digits
     * (never {@code 2.30506E+13}, never {@code 12.0}); dates as {@code yyyy-MM-dd}, date-times as
     * {@code yyyy-MM-dd HH:mm:ss}, times as {@code HH:mm:ss}; zero-padded codes (format
     * {@code 000000}) with their leading zeros.
     */
    private static final class NumberCells {

        private record Look(boolean date, int zeroPadding) {
        }

        private static final Look PLAIN = new Look(false, 0);

        private final StylesTable styles;
        private final boolean date1904;
        private final Map<Integer, Look> looks = new HashMap<>();

        NumberCells(StylesTable styles, boolean date1904) {
            this.styles = styles;
            this.date1904 = date1904;
        }

        String text(String raw, int style) {
            double value;
            try {
                value = Double.parseDouble(raw.trim());
            } catch (NumberFormatException e) {
                return raw;
            }
            if (!Double.isFinite(value)) {
                return raw;
            }
            Look look = looks.computeIfAbsent(style, this::look);
            if (look.date() && DateUtil.isValidExcelDate(value)) {
                return dateText(value);
            }
            BigDecimal decimal = BigDecimal.valueOf(value).round(EXCEL_PRECISION).stripTrailingZeros();
            String plain = decimal.signum() == 0 ? "0" : decimal.toPlainString();
            if (look.zeroPadding() > plain.length() && decimal.signum() >= 0 && decimal.scale() <= 0) {
                return "0".repeat(look.zeroPadding() - plain.length()) + plain;
            }
            return plain;
        }

        private String dateText(double value) {
            LocalDateTime dateTime = DateUtil.getLocalDateTime(value, date1904, true);
            if (value < 1) {
                return TIME.format(dateTime);
            }
            if (dateTime.toLocalTime().equals(LocalTime.MIDNIGHT)) {
                return dateTime.toLocalDate().toString();
            }
            return CellText.DATE_TIME.format(dateTime);
        }

        private Look look(int style) {
            if (styles == null) {
                return PLAIN;
            }
            XSSFCellStyle cellStyle;
            try {
                cellStyle = styles.getStyleAt(style);
            } catch (RuntimeException e) {
                return PLAIN;
            }
            if (cellStyle == null) {
                return PLAIN;
            }
            int index = cellStyle.getDataFormat();
            String format = cellStyle.getDataFormatString();
            if (format == null) {
                format = BuiltinFormats.getBuiltinFormat(index);
            }
            if (format == null) {
                return PLAIN;
            }
            boolean date = DateUtil.isADateFormat(index, format);
            int zeroPadding = format.matches("0{2,}") ? format.length() : 0;
            return new Look(date, zeroPadding);
        }
    }

    /** Turns the SAX events of a worksheet into rows of cell text. */
    private static final class SheetHandler extends DefaultHandler {

        private final SharedStrings sharedStrings;
        private final NumberCells numbers;
        private final long maxCells;
        private final RowAssembler rows;
        private final RowCells cells = new RowCells();
        private final StringBuilder text = new StringBuilder();
        private int rowIndex = -1;
        private int column;
        private int nextColumn;
        private String type;
        private int style;
        private boolean inCell;
        private boolean inInlineString;
        private boolean inPhonetic;
        private boolean capturing;
        private boolean hasValue;
        private long cellCount;

        SheetHandler(SharedStrings sharedStrings, NumberCells numbers, long maxCells, RowAssembler rows) {
            this.sharedStrings = sharedStrings;
            this.numbers = numbers;
            this.maxCells = maxCells;
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (!isSpreadsheetMl(uri)) {
                return;
            }
            switch (localName) {
                case "row" -> {
                    String reference = attributes.getValue("r");
                    rowIndex = reference != null ? Integer.parseInt(reference.trim()) - 1 : rowIndex + 1;
                    nextColumn = 0;
                    cells.reset();
                }
                case "c" -> {
                    if (++cellCount > maxCells) {
                        throw new ImportLimitException("table.tooManyCells", maxCells);
                    }
                    String reference = attributes.getValue("r");
                    column = reference != null ? columnOf(reference.trim()) : nextColumn;
                    nextColumn = column + 1;
                    type = attributes.getValue("t");
                    String styleIndex = attributes.getValue("s");
                    style = styleIndex != null ? Integer.parseInt(styleIndex.trim()) : 0;
                    text.setLength(0);
                    hasValue = false;
                    inCell = true;
                }
                case "v" -> {
                    if (inCell) {
                        text.setLength(0);
                        capturing = true;
                    }
                }
                case "is" -> {
                    text.setLength(0);
                    inInlineString = true;
                }
                case "rPh" -> inPhonetic = true;
                case "t" -> capturing = inInlineString && !inPhonetic;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (capturing) {
                if (text.length() + length > MAX_CELL_CHARS) {
                    throw new TableFormatException("table.unreadable");
                }
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (!isSpreadsheetMl(uri)) {
                return;
            }
            switch (localName) {
                case "v" -> {
                    if (capturing) {
                        capturing = false;
                        hasValue = true;
                    }
                }
                case "t" -> capturing = false;
                case "rPh" -> inPhonetic = false;
                case "is" -> {
                    inInlineString = false;
                    hasValue = true;
                }
                case "c" -> {
                    if (hasValue) {
                        cells.put(column, cellText());
                    }
                    inCell = false;
                }
                case "row" -> rows.accept(rowIndex + 1, cells);
                default -> {
                }
            }
        }

        private String cellText() {
            String raw = text.toString();
            if (type == null) {
                return numbers.text(raw, style);
            }
            return switch (type) {
                case "s" -> sharedString(raw);
                case "inlineStr", "str" -> CellText.decodeEscapes(raw);
                case "b" -> "1".equals(raw.trim()) || "true".equals(raw.trim()) ? "TRUE" : "FALSE";
                case "e" -> raw;
                case "d" -> isoDateText(raw.trim());
                default -> numbers.text(raw, style);
            };
        }

        private String sharedString(String raw) {
            int index;
            try {
                index = Integer.parseInt(raw.trim());
            } catch (NumberFormatException e) {
                throw new TableFormatException("table.unreadable");
            }
            if (index < 0 || index >= sharedStrings.size()) {
                throw new TableFormatException("table.unreadable");
            }
            return sharedStrings.get(index);
        }

        /** A cell of type "d" holds an ISO 8601 date-time as text. */
        private static String isoDateText(String value) {
            if (value.length() >= 19 && value.charAt(10) == 'T') {
                String date = value.substring(0, 10);
                String time = value.substring(11, 19);
                return "00:00:00".equals(time) ? date : date + " " + time;
            }
            return value;
        }
    }
}
