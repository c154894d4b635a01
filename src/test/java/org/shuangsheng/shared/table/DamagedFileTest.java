package org.shuangsheng.shared.table;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.shuangsheng.shared.table.TestFiles.stream;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: whatever a damaged or hostile file holds, reading it either gives rows or throws a
 * {@link TableFormatException} with a message key; never any other exception (which would be a 500).
 */
class DamagedFileTest {

    private static final List<String> COLUMNS = List.of("编码", "名称");
    private static final byte[] WORKBOOK = TestFiles.xlsx(workbook -> {
        Sheet sheet = workbook.createSheet();
        TableReaderXlsxTest.texts(sheet.createRow(0), "编码", "名称");
        TableReaderXlsxTest.texts(sheet.createRow(1), "230506", "宝山区");
        sheet.createRow(2).createCell(0).setCellValue(230506001);
        sheet.getRow(2).createCell(1).setCellFormula("\"红旗\"&\"街道\"");
    });
    private static final String SHEET = TestFiles.entry(WORKBOOK, "xl/worksheets/sheet1.xml");
    private static final String SHARED_STRINGS = TestFiles.entry(WORKBOOK, "xl/sharedStrings.xml");
    private static final String PIECES = "<>/=\"'&;#x_ 0123456789ABC-.Ee宝\u0000\uFFFF";

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 30);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void damagedXlsxGivesRowsOrAFormatError(long seed) {
        Random random = new Random(seed);
        byte[] file = random.nextBoolean()
                ? TestFiles.replaceEntry(WORKBOOK, "xl/worksheets/sheet1.xml", damage(SHEET, random))
                : TestFiles.replaceEntry(WORKBOOK, "xl/sharedStrings.xml", damage(SHARED_STRINGS, random));

        assertOnlyFormatErrors(file, "a.xlsx");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void damagedZipGivesAFormatError(long seed) {
        Random random = new Random(seed);
        byte[] file = WORKBOOK.clone();
        for (int i = 0; i < 1 + random.nextInt(8); i++) {
            file[random.nextInt(file.length)] = (byte) random.nextInt(256);
        }

        assertOnlyFormatErrors(file, "a.xlsx");
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void arbitraryBytesAsCsvGiveRowsOrAFormatError(long seed) {
        Random random = new Random(seed);
        String csv = damage("编码,名称\r\n230506,\"宝山区\"\r\n230506001,\"红旗\"\"街道\"\"\"\r\n", random);
        byte[] file = random.nextBoolean() ? csv.getBytes(StandardCharsets.UTF_8) : randomBytes(random);

        assertOnlyFormatErrors(file, "a.csv");
    }

    private static void assertOnlyFormatErrors(byte[] file, String name) {
        assertThatCode(() -> {
            try {
                new TableReader().readAll(stream(file), name, COLUMNS);
            } catch (TableFormatException expected) {
                // a refusal the user can read
            }
        }).doesNotThrowAnyException();
    }

    /** The text with a few random pieces inserted, deleted or replaced. */
    private static String damage(String text, Random random) {
        StringBuilder damaged = new StringBuilder(text);
        for (int i = 0; i < 1 + random.nextInt(6); i++) {
            int at = random.nextInt(damaged.length());
            String piece = String.valueOf(PIECES.charAt(random.nextInt(PIECES.length())));
            switch (random.nextInt(3)) {
                case 0 -> damaged.insert(at, piece);
                case 1 -> damaged.deleteCharAt(at);
                default -> damaged.replace(at, at + 1, piece);
            }
        }
        return damaged.toString();
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(200)];
        random.nextBytes(bytes);
        return bytes;
    }
}
