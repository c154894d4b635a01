package org.shuangsheng.shared.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuangsheng.shared.table.TestFiles.stream;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: any table of text written by {@link TableWriter} reads back through {@link TableReader}
 * as the same text, trimmed, with the quote the writer put before formula-like text, in rows
 * numbered as written, whatever the column order.
 */
class TableRoundTripTest {

    private static final List<String> HEADERS = List.of("编码", "名称", "类型", "上级编码", "备注", "Phone", "负责人", "地址");
    private static final String CHINESE = "宝山区双鸭山市红旗街道东山社区七星镇网格村屯矿林场电厂农贸市场超市餐饮企业复工复产排查居民户籍身份证号码联系人"
            + "𠮷𠀀";
    private static final String ASCII = "abcdefghijklmnopqrstuvwyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String DIGITS = "0123456789";
    private static final String PUNCTUATION = " ,\"'.;:/()（）、。！？“”%&<>#*";
    private static final String FORMULA_STARTS = "=+-@";

    static Stream<Arguments> seeds() {
        return LongStream.rangeClosed(1, 20).boxed()
                .flatMap(seed -> Stream.of(Arguments.of(seed, TableFormat.XLSX), Arguments.of(seed, TableFormat.CSV)));
    }

    @ParameterizedTest(name = "seed {0}, {1}")
    @MethodSource("seeds")
    void writtenTableReadsBackAsTheSameText(long seed, TableFormat format) {
        Random random = new Random(seed);
        List<String> written = new ArrayList<>(HEADERS.subList(0, 1 + random.nextInt(HEADERS.size())));
        Collections.shuffle(written, random);
        List<List<String>> rows = new ArrayList<>();
        int rowCount = random.nextInt(60);
        for (int r = 0; r < rowCount; r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < written.size(); c++) {
                row.add(text(random));
            }
            rows.add(row);
        }
        List<String> expected = new ArrayList<>(written);
        Collections.shuffle(expected, random);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = TableWriter.of(format, out)) {
            writer.sheet("数据").header(written);
            rows.forEach(writer::row);
        }
        Table table = new TableReader().readAll(stream(out.toByteArray()), "table." + format.extension(), expected);

        List<TableRow> wanted = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> values = new ArrayList<>();
            for (String column : expected) {
                values.add(asRead(rows.get(r).get(written.indexOf(column))));
            }
            if (values.stream().anyMatch(value -> !value.isEmpty())) {
                wanted.add(new TableRow(r + 2, expected, values));
            }
        }
        assertThat(table.rows()).containsExactlyElementsOf(wanted);
    }

    @ParameterizedTest
    @EnumSource(TableFormat.class)
    void textThatLooksLikeAnEscapeOrANumberStaysText(TableFormat format) {
        List<String> values = List.of("_x0041_", "230506001000123456", "007", "1.50", "2.3E+5", "TRUE", "#N/A");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = TableWriter.of(format, out)) {
            writer.header(List.of("值"));
            values.forEach(value -> writer.row(List.of(value)));
        }

        assertThat(new TableReader().readAll(stream(out.toByteArray()), "t." + format.extension(), List.of("值"))
                .rows()).extracting(row -> row.get("值")).containsExactlyElementsOf(values);
    }

    /** A cell's text: empty, blank, or a mix of Chinese, ASCII, digits and punctuation. */
    private static String text(Random random) {
        int kind = random.nextInt(10);
        if (kind == 0) {
            return "";
        }
        if (kind == 1) {
            return " ".repeat(random.nextInt(3)) + (random.nextBoolean() ? "\u3000" : "");
        }
        StringBuilder text = new StringBuilder();
        if (random.nextInt(4) == 0) {
            text.append(FORMULA_STARTS.charAt(random.nextInt(FORMULA_STARTS.length())));
        } else if (random.nextInt(20) == 0) {
            text.append(random.nextBoolean() ? '\t' : '\r');
        }
        int length = 1 + random.nextInt(15);
        for (int i = 0; i < length; i++) {
            String pool = switch (random.nextInt(5)) {
                case 0, 1 -> CHINESE;
                case 2 -> ASCII;
                case 3 -> DIGITS;
                default -> random.nextInt(10) == 0 ? "\n" : PUNCTUATION;
            };
            int at = random.nextInt(pool.length());
            if (Character.isLowSurrogate(pool.charAt(at))) {
                at--;
            }
            text.appendCodePoint(pool.codePointAt(at));
        }
        return text.toString();
    }

    /** What the reader gives for what was written: the writer's quote, then trimmed. */
    private static String asRead(String value) {
        boolean formulaLike = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
        return CellText.trim(formulaLike ? "'" + value : value);
    }
}
