package org.shuangsheng.shared.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shuangsheng.shared.table.TestFiles.stream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SECURITY.md item 19: uploads with XML entities or zip bombs are refused, not read. */
class TableReaderSecurityTest {

    private static final String SECRET = "SECRET-7f3a9c";

    private final TableReader reader = new TableReader();

    @TempDir
    Path dir;

    @Test
    void externalEntityInTheSheetIsRefusedNotRead() throws IOException {
        String doctype = "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secretFile().toUri() + "\">]>\n";
        byte[] file = TestFiles.replaceEntry(workbookWithOneRow(), "xl/worksheets/sheet1.xml",
                TestFiles.worksheet(doctype, """
                        <row r="1"><c r="A1" t="inlineStr"><is><t>名称</t></is></c></row>\
                        <row r="2"><c r="A2" t="inlineStr"><is><t>&xxe;</t></is></c></row>"""));

        assertRefusedWithoutLeak(file);
    }

    @Test
    void externalEntityInTheSharedStringsIsRefusedNotRead() throws IOException {
        byte[] workbook = workbookWithOneRow();
        String sharedStrings = TestFiles.entry(workbook, "xl/sharedStrings.xml")
                .replaceFirst("\\?>", "?>\n<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"" + secretFile().toUri() + "\">]>")
                .replace("宝山区", "&xxe;");
        byte[] file = TestFiles.replaceEntry(workbook, "xl/sharedStrings.xml", sharedStrings);

        assertRefusedWithoutLeak(file);
    }

    @Test
    void entityExpansionBombIsRefused() {
        String doctype = """
                <!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">\
                <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">\
                <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">]>
                """;
        byte[] file = TestFiles.replaceEntry(workbookWithOneRow(), "xl/worksheets/sheet1.xml",
                TestFiles.worksheet(doctype, """
                        <row r="1"><c r="A1" t="inlineStr"><is><t>名称</t></is></c></row>\
                        <row r="2"><c r="A2" t="inlineStr"><is><t>&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;</t></is></c></row>"""));

        assertThatThrownBy(() -> reader.readAll(stream(file), "a.xlsx", List.of("名称")))
                .isInstanceOfSatisfying(TableFormatException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("table.unreadable"));
    }

    @Test
    void zipBombIsRefused() throws IOException {
        byte[] file = withPaddedSheet(workbookWithOneRow(), 8 * 1024 * 1024);
        assertThat(file.length).as("a small upload").isLessThan(100 * 1024);

        assertThatThrownBy(() -> reader.readAll(stream(file), "a.xlsx", List.of("名称")))
                .isInstanceOfSatisfying(TableFormatException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("table.unreadable"))
                .hasStackTraceContaining("Zip bomb");
    }

    @Test
    void sharedStringsBeyondWhatTheSizeLimitAllowsAreRefused() {
        byte[] file = TestFiles.xlsx(workbook -> {
            Sheet sheet = workbook.createSheet();
            TableReaderXlsxTest.texts(sheet.createRow(0), "名称");
            for (int i = 1; i <= 200; i++) {
                TableReaderXlsxTest.texts(sheet.createRow(i), i + "号" + "网格".repeat(100));
            }
        });

        assertThatThrownBy(() -> new TableReader(file.length, 1_000).readAll(stream(file), "a.xlsx",
                List.of("名称")))
                .isInstanceOfSatisfying(TableFormatException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("table.tooLarge"));
    }

    private void assertRefusedWithoutLeak(byte[] file) {
        List<TableRow> read = new ArrayList<>();
        assertThatThrownBy(() -> reader.read(stream(file), "a.xlsx", List.of("名称"), read::add))
                .isInstanceOfSatisfying(TableFormatException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("table.unreadable"));
        assertThat(read).noneMatch(row -> row.get("名称").contains(SECRET));
    }

    private Path secretFile() throws IOException {
        return Files.writeString(dir.resolve("secret.txt"), SECRET);
    }

    private static byte[] workbookWithOneRow() {
        return TestFiles.xlsx(workbook -> {
            Sheet sheet = workbook.createSheet();
            TableReaderXlsxTest.texts(sheet.createRow(0), "名称");
            TableReaderXlsxTest.texts(sheet.createRow(1), "宝山区");
        });
    }

    /** The workbook with its sheet padded by white space, which compresses about 1000 to 1. */
    private static byte[] withPaddedSheet(byte[] workbook, int padding) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(stream(workbook)); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData>") + "<sheetData>".length();
                    out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[64 * 1024];
                    Arrays.fill(spaces, (byte) ' ');
                    for (int written = 0; written < padding; written += spaces.length) {
                        out.write(spaces);
                    }
                    out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
