package org.shuangsheng.shared.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shuangsheng.shared.table.TestFiles.stream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TableWriterTest {

    private static final List<String> DANGEROUS =
            List.of("=1+1", "+86 138", "-5 度", "@SUM(A1)", "\tTAB", "\rCR", "=HYPERLINK(\"http://x\",\"点我\")");

    @Test
    void xlsxHeaderIsBoldFrozenAndFiltered() {
        XSSFSheet sheet = xlsx(writer -> writer.sheet("区划").header(List.of("编码", "名称")).row(List.of("230506", "宝山区")));

        assertThat(sheet.getSheetName()).isEqualTo("区划");
        XSSFCell header = sheet.getRow(0).getCell(1);
        assertThat(header.getStringCellValue()).isEqualTo("名称");
        assertThat(header.getCellStyle().getFont().getBold()).isTrue();
        assertThat(sheet.getRow(1).getCell(1).getCellStyle().getFont().getBold()).isFalse();
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:B2");
    }

    @Test
    void xlsxTextStartingLikeAFormulaGetsAQuoteSoItIsNeverRun() {
        XSSFSheet sheet = xlsx(writer -> {
            writer.header(List.of("值"));
            DANGEROUS.forEach(value -> writer.row(List.of(value)));
            writer.row(List.of("宝山区=好")).row(List.of("'已有引号"));
        });

        for (int i = 0; i < DANGEROUS.size(); i++) {
            XSSFCell cell = sheet.getRow(i + 1).getCell(0);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo("'" + DANGEROUS.get(i));
        }
        assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("'=");
        assertThat(sheet.getRow(8).getCell(0).getStringCellValue()).isEqualTo("宝山区=好");
        assertThat(sheet.getRow(9).getCell(0).getStringCellValue()).isEqualTo("'已有引号");
    }

    @Test
    void csvTextStartingLikeAFormulaGetsAQuoteSoItIsNeverRun() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = TableWriter.csv(out)) {
            writer.header(List.of("=值"));
            DANGEROUS.forEach(value -> writer.row(List.of(value, -5)));
        }

        String csv = new String(out.toByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF'=值\r\n'=1+1,-5\r\n'+86 138,-5\r\n'-5 度,-5\r\n'@SUM(A1),-5\r\n'\tTAB,-5\r\n");
        assertThat(csv).contains("\"'\rCR\",-5\r\n", "\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\",-5\r\n");
    }

    @Test
    void numbersAreNumericCellsShownInFull() {
        XSSFSheet sheet = xlsx(writer -> writer.header(List.of("数")).row(List.of(
                42, 23050600100012L, new BigDecimal("12.50"), 0.5, -5, 1234567890123456789L,
                new BigDecimal("0.1234567890123456789"))));
        XSSFRow row = sheet.getRow(1);
        DataFormatter shown = new DataFormatter();

        assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(42);
        assertThat(shown.formatCellValue(row.getCell(1))).isEqualTo("23050600100012");
        assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(12.5);
        assertThat(shown.formatCellValue(row.getCell(2))).isEqualTo("12.50");
        assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(0.5);
        assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(-5);
        assertThat(row.getCell(5).getCellType()).as("more digits than a spreadsheet keeps").isEqualTo(CellType.STRING);
        assertThat(row.getCell(5).getStringCellValue()).isEqualTo("1234567890123456789");
        assertThat(row.getCell(6).getStringCellValue()).isEqualTo("0.1234567890123456789");
    }

    @Test
    void datesAreTextInIsoFormAndNullIsAnEmptyCell() {
        XSSFSheet sheet = xlsx(writer -> writer.header(List.of("日期", "时间", "空", "区"))
                .row(Arrays.asList(LocalDate.of(2020, 3, 1), LocalDateTime.of(2020, 3, 1, 8, 30, 5, 999), null, "宝山区")));
        XSSFRow row = sheet.getRow(1);

        assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
        assertThat(row.getCell(0).getStringCellValue()).isEqualTo("2020-03-01");
        assertThat(row.getCell(1).getStringCellValue()).isEqualTo("2020-03-01 08:30:05");
        assertThat(row.getCell(2)).isNull();
        assertThat(row.getCell(3).getStringCellValue()).isEqualTo("宝山区");
    }

    @Test
    void columnsAreSizedForChineseTextAndFormattedAsText() {
        XSSFSheet sheet = xlsx(writer -> writer.header(List.of("名称", "code", "备注"))
                .row(List.of("黑龙江省双鸭山市宝山区", "ABCDEFGHIJK", "很长".repeat(100))));

        assertThat(sheet.getColumnWidth(0)).isGreaterThan(sheet.getColumnWidth(1));
        assertThat(sheet.getColumnWidth(1)).isEqualTo(13 * 256);
        assertThat(sheet.getColumnWidth(2)).isEqualTo(50 * 256);
        assertThat(sheet.getColumnStyle(0).getDataFormatString()).isEqualTo("@");
        assertThat(sheet.getRow(1).getCell(0).getCellStyle().getDataFormatString()).isEqualTo("@");
    }

    @Test
    void oneWorkbookMayHoldSeveralSheets() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = TableWriter.xlsx(out)) {
            writer.sheet("区划").header(List.of("名称")).row(List.of("宝山区"));
            writer.sheet("网格").header(List.of("名称")).row(List.of("第一网格")).row(List.of("第二网格"));
        }

        try (XSSFWorkbook workbook = new XSSFWorkbook(stream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheet("网格").getLastRowNum()).isEqualTo(2);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void headerAfterRowsIsRefused() {
        assertThatThrownBy(() -> {
            try (TableWriter writer = TableWriter.xlsx(new ByteArrayOutputStream())) {
                writer.row(List.of("宝山区")).header(List.of("名称"));
            }
        }).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void csvStartsWithAByteOrderMarkAndHoldsOneTable() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableWriter writer = TableWriter.csv(out).sheet("区划").header(List.of("名称")).row(List.of("宝山区"));

        assertThatThrownBy(() -> writer.sheet("网格")).isInstanceOf(IllegalStateException.class);
        writer.close();
        assertThat(out.toByteArray()).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).isEqualTo("\uFEFF名称\r\n宝山区\r\n");
    }

    @ParameterizedTest
    @EnumSource(TableFormat.class)
    void closingFinishesTheFileButLeavesTheStreamOpen(TableFormat format) {
        class Stream extends ByteArrayOutputStream {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        }
        Stream out = new Stream();

        TableWriter.of(format, out).header(List.of("名称")).close();

        assertThat(out.closed).isFalse();
        assertThat(out.size()).isPositive();
    }

    @ParameterizedTest
    @EnumSource(TableFormat.class)
    void templateHoldsTheHeaderAndTheExamplesAndReadsBack(TableFormat format) {
        List<String> header = TableReaderXlsxTest.REGION_COLUMNS;
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        TableWriter.template(format, out, "区划导入模板", header, List.of(
                List.of("230506001", "红旗街道", "街道", "230506"),
                List.of("230506001001", "红旗社区", "社区", "230506001")));

        Table table = new TableReader().readAll(stream(out.toByteArray()), "模板." + format.extension(), header);
        assertThat(table.rows()).extracting(TableRow::values).containsExactly(
                List.of("230506001", "红旗街道", "街道", "230506"),
                List.of("230506001001", "红旗社区", "社区", "230506001"));
        assertThat(table.rows()).extracting(TableRow::number).containsExactly(2, 3);
    }

    @ParameterizedTest
    @EnumSource(TableFormat.class)
    void anImportTemplateSentBackUnchangedIsRefusedForHoldingOnlyItsExamples(TableFormat format) {
        List<String> header = TableReaderXlsxTest.REGION_COLUMNS;
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        TableWriter.importTemplate(format, out, "区划导入模板", header, List.of(
                List.of("230506001", "红旗街道", "街道", "230506"),
                List.of("230506001001", "红旗社区", "社区", "230506001")));

        Table whole = new TableReader().readAll(stream(out.toByteArray()), "模板." + format.extension(),
                List.of("编码", "说明"));
        assertThatThrownBy(() -> new TableReader().readAll(stream(out.toByteArray()), "模板." + format.extension(),
                header)).isInstanceOfSatisfying(TableFormatException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("table.onlyExamples");
                    assertThat(e.args()).containsExactly(2);
                });
        assertThat(whole.rows()).extracting(row -> row.get("说明")).allSatisfy(
                note -> assertThat(note).startsWith("示例").contains("不会导入"));
    }

    @ParameterizedTest
    @EnumSource(TableFormat.class)
    void rowsFilledInBelowTheExamplesAreReadWithTheirOwnNumbers(TableFormat format) {
        List<String> header = TableReaderXlsxTest.REGION_COLUMNS;
        List<String> marked = new java.util.ArrayList<>(header);
        marked.add("说明");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        TableWriter.template(format, out, "区划", marked, List.of(
                List.of("230506001", "红旗街道", "街道", "230506", TableWriter.EXAMPLE_NOTE),
                List.of("230506002", "跃进街道", "街道", "230506", ""),
                List.of("230506001001", "示例社区", "社区", "230506001", "已核对")));

        Table table = new TableReader().readAll(stream(out.toByteArray()), "区划." + format.extension(), header);
        assertThat(table.rows()).extracting(TableRow::number).containsExactly(3, 4);
        assertThat(table.rows()).extracting(row -> row.get("名称")).containsExactly("跃进街道", "示例社区");
    }

    @Test
    void emptyTemplateIsAHeaderOnly() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        TableWriter.template(TableFormat.XLSX, out, "模板", List.of("编码", "名称"), List.of());

        assertThat(new TableReader().readAll(stream(out.toByteArray()), "模板.xlsx", List.of("名称", "编码")).rows())
                .isEmpty();
    }

    private static XSSFSheet xlsx(Consumer<TableWriter> content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TableWriter writer = TableWriter.xlsx(out)) {
            content.accept(writer);
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(stream(out.toByteArray()))) {
            return workbook.getSheetAt(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
