package org.shuangsheng.shared.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shuangsheng.shared.table.TestFiles.stream;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TableReaderCsvTest {

    private static final List<String> COLUMNS = TableReaderXlsxTest.REGION_COLUMNS;
    private static final String REGIONS = """
            编码,名称,类型,上级编码\r
            230506,宝山区,区,\r
            23050600100012,"红旗街道,第一网格",网格,230506001\r
            """;

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private final TableReader reader = new TableReader();

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "UTF-8 with BOM", "GBK", "GB18030"})
    void readsChineseTextInEveryEncodingExcelSaves(String encoding) {
        byte[] file = encode(REGIONS, encoding);

        Table table = reader.readAll(stream(file), "区划.csv", COLUMNS);

        assertThat(table.rows()).extracting(TableRow::values).containsExactly(
                List.of("230506", "宝山区", "区", ""),
                List.of("23050600100012", "红旗街道,第一网格", "网格", "230506001"));
    }

    @Test
    void quotedFirstHeaderAfterAByteOrderMarkIsMatched() {
        byte[] file = encode("\"编码\",\"名称\",\"类型\",\"上级编码\"\n230506,宝山区,区,\n", "UTF-8 with BOM");

        assertThat(reader.readAll(stream(file), "a.csv", COLUMNS).rows()).hasSize(1);
    }

    @Test
    void rowNumbersCountBlankLinesAsExcelShowsThem() {
        String csv = "编码,名称,类型,上级编码\n230506,宝山区,区,\n\n,,,\n230506001,\"红旗\n街道\",街道,230506\n230506002,东山街道,街道,230506\n";

        Table table = reader.readAll(stream(csv.getBytes(StandardCharsets.UTF_8)), "a.csv", COLUMNS);

        assertThat(table.rows()).extracting(TableRow::number).containsExactly(2, 5, 6);
        assertThat(table.rows().get(1).get("名称")).isEqualTo("红旗\n街道");
    }

    @Test
    void headerMayComeInAnotherOrderWithExtraColumns() {
        String csv = "备注, 上级编码 ,类型,名称,编码\n无,230506,街道,红旗街道,230506001\n";

        TableRow row = reader.readAll(stream(csv.getBytes(StandardCharsets.UTF_8)), "a.CSV", COLUMNS).rows().get(0);

        assertThat(row.values()).containsExactly("230506001", "红旗街道", "街道", "230506");
    }

    @Test
    void missingColumnIsNamed() {
        byte[] file = "编码,名称,上级编码\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.readAll(stream(file), "a.csv", COLUMNS))
                .isInstanceOfSatisfying(TableFormatException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("table.missingColumn");
                    assertThat(e.args()).containsExactly("类型");
                });
    }

    /**
     * Issue 11, finding 11: a CSV saved as UTF-16 ("Unicode text") was read as GB18030 and
     * reported as missing every column. It is refused naming its encoding, with or without a byte
     * order mark, and so is UTF-32.
     */
    @ParameterizedTest
    @CsvSource({"UTF-16, UTF-16", "UTF-16LE with BOM, UTF-16", "UTF-16LE, UTF-16", "UTF-16BE, UTF-16",
            "UTF-32 with BOM, UTF-32", "UTF-32LE with BOM, UTF-32", "UTF-32, UTF-32", "UTF-32LE, UTF-32"})
    void aCsvInUtf16OrUtf32IsRefusedNamingItsEncodingNotAsMissingColumns(String encoding, String named) {
        byte[] file = encode(REGIONS, encoding);

        assertThatThrownBy(() -> reader.readAll(stream(file), "区划.csv", COLUMNS))
                .isInstanceOfSatisfying(TableFormatException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("table.wideEncoding");
                    assertThat(e.args()).containsExactly(named);
                });
    }

    @Test
    void unclosedQuoteIsReportedWithTheRowItStartsIn() {
        byte[] file = "编码,名称,类型,上级编码\n230506,宝山区,区,\n230506001,\"红旗街道,街道,230506\n230506002,东山街道,街道,230506\n"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.readAll(stream(file), "a.csv", COLUMNS))
                .isInstanceOfSatisfying(TableFormatException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("table.malformedCsv");
                    assertThat(e.args()).containsExactly(3);
                });
    }

    @Test
    void emptyFileIsRefused() {
        assertThatThrownBy(() -> reader.readAll(stream(new byte[0]), "a.csv", COLUMNS))
                .isInstanceOfSatisfying(TableFormatException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("table.empty"));
    }

    @Test
    void moreRowsThanTheLimitAreRefused() {
        StringBuilder csv = new StringBuilder("名称\n");
        for (int i = 1; i <= 11; i++) {
            csv.append("网格").append(i).append('\n');
        }

        assertThatThrownBy(() -> new TableReader(TableReader.DEFAULT_MAX_BYTES, 10)
                .readAll(stream(csv.toString().getBytes(StandardCharsets.UTF_8)), "a.csv", List.of("名称")))
                .isInstanceOfSatisfying(TableFormatException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("table.tooManyRows");
                    assertThat(e.args()).containsExactly(10);
                });
    }

    @Test
    void fileLargerThanTheLimitIsRefused() {
        byte[] file = REGIONS.getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new TableReader(file.length - 1, 10).readAll(stream(file), "a.csv", COLUMNS))
                .isInstanceOfSatisfying(TableFormatException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("table.tooLarge"));
    }

    static byte[] encode(String text, String encoding) {
        if (encoding.endsWith(" with BOM")) {
            return (BYTE_ORDER_MARK + text).getBytes(Charset.forName(encoding.substring(0, encoding.indexOf(' '))));
        }
        return text.getBytes(Charset.forName(encoding));
    }
}
