package org.shuangsheng.shared.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shuangsheng.shared.table.TestFiles.stream;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TableReaderXlsxTest {

    static final List<String> REGION_COLUMNS = List.of("编码", "名称", "类型", "上级编码");

    private final TableReader reader = new TableReader();

    @Test
    void rowsCarryTheirExcelRowNumbersAndBlankRowsAreSkipped() {
        byte[] file = TestFiles.xlsx(workbook -> {
            Sheet sheet = workbook.createSheet("区划");
            texts(sheet.createRow(0), "编码", "名称", "类型", "上级编码");
            texts(sheet.createRow(1), "230506", "宝山区", "区", "");
            texts(sheet.createRow(2), "", "  ", "\u3000", "");
            texts(sheet.createRow(4), "230506001", " 红旗街道 ", "街道", "230506");
        });

        Table table = reader.readAll(stream(file), "区划.xlsx", REGION_COLUMNS);

        assertThat(table.rows()).extracting(TableRow::number).containsExactly(2, 5);
        assertThat(table.rows().get(0).values()).containsExactly("230506", "宝山区", "区", "");
        assertThat(table.rows().get(1).get("名称")).isEqualTo("红旗街道");
        assertThat(table.rows().get(1).get("上级编码")).isEqualTo("230506");
        assertThat(table.rows().get(0).isBlank("上级编码")).isTrue();
    }

    @Test
    void headerIsTheFirstNonBlankRowAndRowNumbersStayExcels() {
        byte[] file = TestFiles.xlsx(workbook -> {
            Sheet sheet = workbook.createSheet();
            texts(sheet.createRow(2), "编码", "名称", "类型", "上级编码");
            texts(sheet.createRow(3), "230506", "宝山区", "区", "");
        });

        Table table = reader.readAll(stream(file), "a.xlsx", REGION_COLUMNS);

        assertThat(table.rows()).extracting(TableRow::number).containsExactly(4);
    }

    @Test
    void headerMayHaveOtherOrderExtraColumnsSpacesAndAnyAsciiCase() {
        byte[] file = TestFiles.xlsx(workbook -> {
            Sheet sheet = workbook.createSheet();
            texts(sheet.createRow(0), "备注", " 上级编码 ", "名称", "eMail", "类型", "编码");
            texts(sheet.createRow(1), "无", "230506", "红旗街道", "a@b.cn", "街道", "230506001");
        });

        TableRow row = reader.readAll(stream(file), "a.XLSX", List.of("编码", "名称", "类型", "上级编码", "EMAIL"))
                .rows().get(0);

        assertThat(row.values()).containsExactly("230506001", "红旗街道", "街道", "230506", "a@b.cn");
    }

    @Test
    void missingColumnsAreNamed() {
        byte[] file = TestFiles.xlsx(workbook -> texts(workbook.createSheet().createRow(0), "编码", "名称"));

        assertThatThrownBy(() -> reader.readAll(stream(file), "a.xlsx", REGION_COLUMNS))
                .isInstanceOfSatisfying(TableFormatException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("table.missingColumn");
                    assertThat(e.args()).containsExactly("类型、上级编码");
                });
    }

    @Test
    void columnGivenTwiceIsRefused() {
        byte[] file = TestFiles.xlsx(workbook ->
                texts(workbook.createSheet().createRow(0), "编码", "名称", "类型", "上级编码", "名称 "));

        assertThatThrownBy(() -> reader.readAll(stream(file), "a.xlsx", REGION_COLUMNS))
                .isInstanceOfSatisfying(TableFormatException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("table.duplicateColumn");
                    assertThat(e.args()).containsExactly("名称");
                });
    }

    @Test
    void numericCellsComeBackAsTheirFullDigits() {
        double[] numbers = {230506001, 23050600100012d, 230506001000123d, 12.0, 12.5, -3, 0.1 + 0.2, 1e20, 0,
            0.000123};
        byte[] file = TestFiles.xlsx(workbook -> {
            Sheet sheet = workbook.createSheet();
            texts(sheet.createRow(0), "数");
            for (int i = 0; i < numbers.length; i++) {
                sheet.createRow(i + 1).createCell(0).setCellValue(numbers[i]);
            }
        });

        assertThat(reader.readAll(stream(file), "a.xlsx", List.of("数")).rows())
                .extracting(row -> row.get("数"))
                .containsExactly("230506001", "23050600100012", "230506001000123", "12", "12.5", "-3", "0.3",
                        "100000000000000000000", "0", "0.000123");
    }

    @Test
    void zeroPaddedCodeKeepsItsLeadingZeros() {
        byte[] file = TestFiles.xlsx(workbook -> {
            CellStyle padded = workbook.createCellStyle();
            padded.setDataFormat(workbook.createDataFormat().getFormat("000000"));
            Sheet sheet = workbook.createSheet();
            texts(sheet.createRow(0), "编码");
            sheet.createRow(1).createCell(0).setCellValue(123);
            sheet.getRow(1).getCell(0).setCellStyle(padded);
        });

        assertThat(reader.readAll(stream(file), "a.xlsx", List.of("编码")).rows().get(0).get("编码"))
                .isEqualTo("000123");
    }

    @Test
    void dateCellsComeBackAsIsoDates() {
        byte[] file = TestFiles.xlsx(workbook -> {
            Sheet sheet = workbook.createSheet();
            texts(sheet.createRow(0), "日期", "中文日期", "短日期", "时刻", "时间");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(LocalDate.of(2020, 3, 1));
            row.getCell(0).setCellStyle(format(workbook, "yyyy-mm-dd"));
            row.createCell(1).setCellValue(LocalDate.of(2020, 3, 2));
            row.getCell(1).setCellStyle(format(workbook, "yyyy\"年\"m\"月\"d\"日\""));
            row.createCell(2).setCellValue(LocalDate.of(2020, 3, 3));
            row.getCell(2).setCellStyle(format(workbook, "m/d/yy"));
            row.createCell(3).setCellValue(LocalDateTime.of(2020, 3, 4, 8, 30));
            row.getCell(3).setCellStyle(format(workbook, "yyyy/m/d h:mm"));
            row.createCell(4).setCellValue(8.5 / 24);
            row.getCell(4).setCellStyle(format(workbook, "h:mm"));
        });

        assertThat(reader.readAll(stream(file), "a.xlsx", List.of("日期", "中文日期", "短日期", "时刻", "时间"))
                .rows().get(0).values())
                .containsExactly("2020-03-01", "2020-03-02", "2020-03-03", "2020-03-04 08:30:00", "08:30:00");
    }

    @Test
    void formulaCellsGiveTheirLastCalculatedValues() {
        byte[] file = TestFiles.xlsx(workbook -> {
            Sheet sheet = workbook.createSheet();
            texts(sheet.createRow(0), "和", "名", "真", "错", "编码");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellFormula("2+3");
            row.createCell(1).setCellFormula("CONCATENATE(\"宝\",\"山\")");
            row.createCell(2).setCellFormula("1=1");
            row.createCell(3).setCellFormula("1/0");
            row.createCell(4).setCellFormula("230506*100000000+12");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });

        assertThat(reader.readAll(stream(file), "a.xlsx", List.of("和", "名", "真", "错", "编码"))
                .rows().get(0).values())
                .containsExactly("5", "宝山", "TRUE", "#DIV/0!", "23050600000012");
    }

    @Test
    void richTextReadsAsPlainText() {
        byte[] file = TestFiles.xlsx(workbook -> {
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            XSSFRichTextString name = new XSSFRichTextString("宝山区红旗街道");
            name.applyFont(0, 3, bold);
            Sheet sheet = workbook.createSheet();
            texts(sheet.createRow(0), "名称");
            sheet.createRow(1).createCell(0).setCellValue(name);
        });

        assertThat(reader.readAll(stream(file), "a.xlsx", List.of("名称")).rows().get(0).get("名称"))
                .isEqualTo("宝山区红旗街道");
    }

    @Test
    void cellsWithoutReferencesAreTakenInOrder() {
        byte[] file = TestFiles.replaceEntry(TestFiles.xlsx(workbook -> workbook.createSheet()),
                "xl/worksheets/sheet1.xml", TestFiles.worksheet("", """
                        <row><c t="inlineStr"><is><t>编码</t></is></c><c t="inlineStr"><is><t>名称</t></is></c></row>\
                        <row><c><v>230506</v></c><c t="inlineStr"><is><r><t>宝山</t></r><r><t>区</t></r></is></c></row>\
                        <row r="5"><c r="B5" t="inlineStr"><is><t>红旗_x0009_街道</t></is></c></row>"""));

        Table table = reader.readAll(stream(file), "a.xlsx", List.of("编码", "名称"));

        assertThat(table.rows()).extracting(TableRow::number).containsExactly(2, 5);
        assertThat(table.rows()).extracting(TableRow::values)
                .containsExactly(List.of("230506", "宝山区"), List.of("", "红旗\t街道"));
    }

    @Test
    void onlyTheFirstSheetIsRead() {
        byte[] file = TestFiles.xlsx(workbook -> {
            Sheet first = workbook.createSheet("第一");
            texts(first.createRow(0), "名称");
            texts(first.createRow(1), "宝山区");
            Sheet second = workbook.createSheet("第二");
            texts(second.createRow(0), "名称");
            texts(second.createRow(1), "尖山区");
        });

        assertThat(reader.readAll(stream(file), "a.xlsx", List.of("名称")).rows())
                .extracting(row -> row.get("名称")).containsExactly("宝山区");
    }

    @Test
    void sheetWithoutAHeaderIsRefusedAsEmpty() {
        byte[] file = TestFiles.xlsx(workbook -> workbook.createSheet().createRow(3).createCell(2).setBlank());

        assertThatThrownBy(() -> reader.readAll(stream(file), "a.xlsx", REGION_COLUMNS))
                .isInstanceOfSatisfying(TableFormatException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("table.empty"));
    }

    @Test
    void headerWithoutRowsIsAnEmptyTable() {
        byte[] file = TestFiles.xlsx(workbook -> texts(workbook.createSheet().createRow(0), "名称"));

        assertThat(reader.readAll(stream(file), "a.xlsx", List.of("名称")).rows()).isEmpty();
    }

    @Test
    void moreRowsThanTheLimitAreRefused() {
        byte[] file = TestFiles.xlsx(workbook -> {
            Sheet sheet = workbook.createSheet();
            texts(sheet.createRow(0), "名称");
            for (int i = 1; i <= 4; i++) {
                texts(sheet.createRow(i), "网格" + i);
            }
            texts(sheet.createRow(9));
        });

        assertThat(new TableReader(TableReader.DEFAULT_MAX_BYTES, 4).readAll(stream(file), "a.xlsx",
                List.of("名称")).rows()).hasSize(4);
        assertThatThrownBy(() -> new TableReader(TableReader.DEFAULT_MAX_BYTES, 3).readAll(stream(file), "a.xlsx",
                List.of("名称")))
                .isInstanceOfSatisfying(TableFormatException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("table.tooManyRows");
                    assertThat(e.args()).containsExactly(3);
                });
    }

    @Test
    void fileLargerThanTheLimitIsRefused() {
        byte[] file = TestFiles.xlsx(workbook -> texts(workbook.createSheet().createRow(0), "名称"));

        assertThatThrownBy(() -> new TableReader(file.length - 1, 10).readAll(stream(file), "a.xlsx",
                List.of("名称")))
                .isInstanceOfSatisfying(TableFormatException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("table.tooLarge");
                    assertThat(e.args()).containsExactly(1L);
                });
        assertThat(new TableReader(file.length, 10).readAll(stream(file), "a.xlsx", List.of("名称")).rows())
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"区划.xls", "区划.txt", "区划.xlsx.exe", "区划", ""})
    void otherFileTypesAreRefused(String fileName) {
        byte[] file = TestFiles.xlsx(workbook -> texts(workbook.createSheet().createRow(0), "名称"));

        assertThatThrownBy(() -> reader.readAll(stream(file), fileName, List.of("名称")))
                .isInstanceOfSatisfying(TableFormatException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("table.unsupportedFormat"));
    }

    @Test
    void fileThatIsNotAWorkbookIsUnreadable() {
        byte[] file = "编码,名称\n230506,宝山区\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> reader.readAll(stream(file), "区划.xlsx", List.of("编码")))
                .isInstanceOfSatisfying(TableFormatException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("table.unreadable"));
    }

    @Test
    void exceptionFromTheConsumerIsPassedOnUnchanged() {
        byte[] file = TestFiles.xlsx(workbook -> {
            Sheet sheet = workbook.createSheet();
            texts(sheet.createRow(0), "名称");
            texts(sheet.createRow(1), "宝山区");
        });
        IllegalStateException failure = new IllegalStateException("database down");

        assertThatThrownBy(() -> reader.read(stream(file), "a.xlsx", List.of("名称"), row -> {
            throw failure;
        })).isSameAs(failure);
    }

    @Test
    void rowsStreamToTheConsumerInFileOrder() {
        byte[] file = TestFiles.xlsx(workbook -> {
            Sheet sheet = workbook.createSheet();
            texts(sheet.createRow(0), "名称");
            for (int i = 1; i <= 50; i++) {
                texts(sheet.createRow(i), "网格" + i);
            }
        });
        List<Integer> numbers = new ArrayList<>();

        reader.read(stream(file), "a.xlsx", List.of("名称"), row -> numbers.add(row.number()));

        assertThat(numbers).hasSize(50).isSorted().startsWith(2).endsWith(51);
    }

    static void texts(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    private static CellStyle format(XSSFWorkbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
