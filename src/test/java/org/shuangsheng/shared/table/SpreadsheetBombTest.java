package org.shuangsheng.shared.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shuangsheng.shared.table.TestFiles.stream;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, finding 1: a small .xlsx that unpacks, under POI's own ratio check, into more than
 * the server can hold is refused while it streams, by the {@link TableLimits}.
 */
class SpreadsheetBombTest {

    static final Path BOMB = Path.of("target", "spreadsheet-bombs", "shared-strings.xlsx");
    static final int TEXTS = 20_000_000;
    private static final List<String> COLUMNS = List.of("名称");

    @Test
    void aSpreadsheetBombIsRefusedWithinTwoSecondsWhileItsSharedStringsStream() throws IOException {
        Path bomb = SpreadsheetBomb.write(BOMB, COLUMNS, TEXTS);
        try (ZipFile zip = new ZipFile(bomb.toFile())) {
            ZipEntry strings = zip.getEntry("xl/sharedStrings.xml");
            double ratio = (double) strings.getSize() / strings.getCompressedSize();
            System.out.printf("Bomb: %,d bytes unpack to %,d (1:%.0f)%n", Files.size(bomb), strings.getSize(), ratio);
            assertThat(ratio).as("under POI's own 1:100").isLessThan(100);
            assertThat(Files.size(bomb)).as("within the upload limit").isLessThan(TableReader.DEFAULT_MAX_BYTES);
        }

        // The reader works on this thread: its CPU time is what the bomb costs, and unlike wall time
        // a loaded machine does not stretch it.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long started = System.nanoTime();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        try (InputStream in = Files.newInputStream(bomb)) {
            assertThatThrownBy(() -> new TableReader().read(in, "台账.xlsx", COLUMNS, row -> {
            })).isInstanceOfSatisfying(ImportLimitException.class, e -> {
                assertThat(e.messageKey()).isEqualTo("table.tooManyTexts");
                assertThat(e.args()).containsExactly(TableLimits.DEFAULT_SHARED_STRINGS);
            });
        }
        long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000;
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Bomb refused after %d ms of CPU, %d ms of wall time%n", cpuMillis, millis);
        assertThat(cpuMillis).isLessThan(2_000);
    }

    @Test
    void sharedTextBeyondItsCharacterLimitIsRefused() {
        byte[] file = rows(20, "网格".repeat(50));
        assertThatThrownBy(() -> reader(new TableLimits(1_000, 500, 1_000, 1 << 20)).readAll(stream(file),
                "a.xlsx", COLUMNS)).isInstanceOfSatisfying(ImportLimitException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("table.tooMuchText"));
    }

    @Test
    void moreCellsThanTheLimitAreRefused() {
        byte[] file = rows(20, "网格");
        assertThatThrownBy(() -> reader(new TableLimits(1_000, 100_000, 10, 1 << 20)).readAll(stream(file),
                "a.xlsx", COLUMNS)).isInstanceOfSatisfying(ImportLimitException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("table.tooManyCells");
                    assertThat(e.args()).containsExactly(10L);
                });
    }

    @Test
    void moreUnpackedBytesThanTheLimitAreRefused() {
        byte[] file = rows(2_000, "网格");
        assertThatThrownBy(() -> reader(new TableLimits(1_000_000, 1_000_000, 1_000_000, 64 * 1024))
                .readAll(stream(file), "a.xlsx", COLUMNS)).isInstanceOfSatisfying(ImportLimitException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("table.tooLargeUnpacked");
                    assertThat(e.args()).containsExactly(1L);
                });
    }

    @Test
    void aFileWithinTheLimitsReadsAsBefore() {
        byte[] file = rows(20, "网格");
        List<TableRow> rows = reader(new TableLimits(21, 1_000, 21, 1 << 20)).readAll(stream(file), "a.xlsx",
                COLUMNS).rows();
        assertThat(rows).hasSize(20).last().satisfies(row -> assertThat(row.get("名称")).isEqualTo("20网格"));
    }

    @Test
    void sharedStringsAreCountedByTheirTagsWithOrWithoutAPrefix() throws IOException {
        String xml = """
                <?xml version="1.0"?><sst xmlns="main"><si><t>a</t></si><si ><t>si</t></si>\
                <x:si><x:t>b</x:t></x:si><main:si/><sis>c</sis><s>d</s></sst>""";
        XlsxTableSource.countItems(stream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 4);
        assertThatThrownBy(() -> XlsxTableSource.countItems(
                stream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)), 3))
                .isInstanceOfSatisfying(ImportLimitException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("table.tooManyTexts"));
    }

    private static TableReader reader(TableLimits limits) {
        return new TableReader(TableReader.DEFAULT_MAX_BYTES, TableReader.DEFAULT_MAX_ROWS, limits);
    }

    private static byte[] rows(int count, String text) {
        return TestFiles.xlsx(workbook -> {
            Sheet sheet = workbook.createSheet();
            TableReaderXlsxTest.texts(sheet.createRow(0), "名称");
            for (int i = 1; i <= count; i++) {
                TableReaderXlsxTest.texts(sheet.createRow(i), i + text);
            }
        });
    }
}
