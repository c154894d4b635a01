package org.shuangsheng.shared.table;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds real .xlsx files for the tests, some of them deliberately hostile. */
final class TestFiles {

    private TestFiles() {
    }

    /** An .xlsx file made with POI's ordinary (non-streaming) workbook, as Excel would save it. */
    static byte[] xlsx(Consumer<XSSFWorkbook> content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same zip file with one entry's content replaced. */
    static byte[] replaceEntry(byte[] zip, String name, String content) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                boolean found = false;
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    if (entry.getName().equals(name)) {
                        out.write(content.getBytes(StandardCharsets.UTF_8));
                        found = true;
                    } else {
                        in.transferTo(out);
                    }
                    out.closeEntry();
                }
                if (!found) {
                    throw new IllegalArgumentException("no entry " + name);
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of one zip entry. */
    static String entry(byte[] zip, String name) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            throw new IllegalArgumentException("no entry " + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A worksheet part with the given rows (the inside of {@code <sheetData>}). */
    static String worksheet(String doctype, String sheetData) {
        return """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                %s<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>"""
                .formatted(doctype, sheetData);
    }

    static ByteArrayInputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
