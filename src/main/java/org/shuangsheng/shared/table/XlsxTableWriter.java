package org.shuangsheng.shared.table;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes .xlsx through POI's streaming workbook: only a window of rows is in memory, the rest
 * goes to a compressed temporary file until {@link #close()}.
 */
final class XlsxTableWriter implements TableWriter {

    /** Rows kept in memory before they are flushed to the temporary file. */
    private static final int ROW_WINDOW = 200;

    /** Significant digits a spreadsheet keeps in a number. */
    private static final int NUMBER_DIGITS = 15;

    private static final int MIN_WIDTH = 8;
    private static final int MAX_WIDTH = 50;

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(null, ROW_WINDOW, true, false);
    private final DataFormat formats = workbook.createDataFormat();
    private final CellStyle headerStyle;
    private final CellStyle textStyle;
    private final CellStyle integerStyle;
    private final CellStyle generalStyle;
    private final Map<Integer, CellStyle> decimalStyles = new HashMap<>();

    private SXSSFSheet sheet;
    private int nextRow;
    private int headerColumns;
    private int[] widths = new int[16];
    private boolean closed;

    XlsxTableWriter(OutputStream out) {
        this.out = out;
        textStyle = style("@");
        integerStyle = style("0");
        generalStyle = style("General");
        headerStyle = style("@");
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle.setFont(bold);
        headerStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        headerStyle.setVerticalAlignment(VerticalAlignment.CENTER);
    }

    @Override
    public TableWriter sheet(String name) {
        requireOpen();
        finishSheet();
        sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
        return this;
    }

    @Override
    public TableWriter header(List<String> names) {
        if (sheet != null && nextRow > 0) {
            throw new IllegalStateException("the header comes before any row");
        }
        SXSSFRow row = nextRow();
        for (int i = 0; i < names.size(); i++) {
            text(row, i, CellText.of(names.get(i)), headerStyle);
            sheet.setDefaultColumnStyle(i, textStyle);
        }
        sheet.createFreezePane(0, 1);
        headerColumns = names.size();
        return this;
    }

    @Override
    public TableWriter row(List<?> values) {
        SXSSFRow row = nextRow();
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value instanceof Number number) {
                number(row, i, number);
            } else if (value != null) {
                text(row, i, CellText.of(value), textStyle);
            }
        }
        return this;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (sheet == null) {
                sheet("Sheet1");
            }
            finishSheet();
            workbook.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                workbook.close(); // also deletes the temporary files
            } catch (IOException e) {
                // the file is written; POI logs a temporary file it could not delete
            }
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("closed");
        }
    }

    private SXSSFRow nextRow() {
        requireOpen();
        if (sheet == null) {
            sheet("Sheet1");
        }
        return sheet.createRow(nextRow++);
    }

    private void number(SXSSFRow row, int column, Number number) {
        BigDecimal exact = CellText.exact(number);
        if (exact == null) {
            double value = number.doubleValue();
            if (Double.isFinite(value)) {
                numeric(row, column, value, generalStyle, CellText.plain(number));
            } else {
                text(row, column, String.valueOf(value), textStyle);
            }
        } else if (exact.stripTrailingZeros().precision() > NUMBER_DIGITS) {
            text(row, column, exact.toPlainString(), textStyle);
        } else {
            CellStyle style = exact.scale() > 0 ? decimalStyle(exact.scale()) : integerStyle;
            numeric(row, column, exact.doubleValue(), style, exact.toPlainString());
        }
    }

    private void numeric(SXSSFRow row, int column, double value, CellStyle style, String shown) {
        SXSSFCell cell = row.createCell(column, CellType.NUMERIC);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        widen(column, shown.length());
    }

    private void text(SXSSFRow row, int column, String text, CellStyle style) {
        SXSSFCell cell = row.createCell(column, CellType.STRING);
        cell.setCellStyle(style);
        if (!text.isEmpty()) {
            cell.setCellValue(CellText.escapeEscapes(text));
        }
        widen(column, CellText.displayWidth(text));
    }

    private void widen(int column, int width) {
        if (column >= widths.length) {
            widths = Arrays.copyOf(widths, Math.max(column + 1, widths.length * 2));
        }
        widths[column] = Math.max(widths[column], width);
    }

    private CellStyle decimalStyle(int scale) {
        return decimalStyles.computeIfAbsent(Math.min(scale, 10), s -> style("0." + "0".repeat(s)));
    }

    private CellStyle style(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(formats.getFormat(format));
        return style;
    }

    /** Sizes the columns of the sheet just written and sets its filter on the header. */
    private void finishSheet() {
        if (sheet == null) {
            return;
        }
        int columns = Math.max(headerColumns, lastUsedColumn() + 1);
        for (int i = 0; i < columns; i++) {
            int width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[i] + 2));
            sheet.setColumnWidth(i, width * 256);
        }
        if (headerColumns > 0) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, headerColumns - 1));
        }
        nextRow = 0;
        headerColumns = 0;
        widths = new int[16];
    }

    private int lastUsedColumn() {
        for (int i = widths.length - 1; i >= 0; i--) {
            if (widths[i] > 0) {
                return i;
            }
        }
        return -1;
    }
}
