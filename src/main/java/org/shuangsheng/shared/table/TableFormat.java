package org.shuangsheng.shared.table;

import java.util.Locale;

/** The kinds of file a table is read from and written to, told apart by the file name. */
public enum TableFormat {

    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("csv", "text/csv;charset=UTF-8");

    private final String extension;
    private final String contentType;

    TableFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    /**
     * Makes the response a download of this format named {@code baseName.<extension>}; the name
     * may be Chinese (RFC 5987 encoding).
     */
    public void prepareDownload(jakarta.servlet.http.HttpServletResponse response, String baseName) {
        response.setContentType(contentType);
        response.setHeader(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                org.springframework.http.ContentDisposition.attachment()
                        .filename(baseName + "." + extension, java.nio.charset.StandardCharsets.UTF_8).build()
                        .toString());
    }

    /** The extension without its dot, for naming a download: {@code xlsx}, {@code csv}. */
    public String extension() {
        return extension;
    }

    /** The media type to send a download with. */
    public String contentType() {
        return contentType;
    }

    /**
     * The format a file name's extension names, in any case.
     *
     * @throws TableFormatException {@code table.unsupportedFormat} for any other extension (also
     *     .xls, which must be saved again as .xlsx), with the extension or the name as argument
     */
    public static TableFormat ofFileName(String fileName) {
        String name = fileName == null ? "" : fileName.strip();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (TableFormat format : values()) {
            if (format.extension.equals(extension)) {
                return format;
            }
        }
        throw new TableFormatException("table.unsupportedFormat", dot < 0 ? name : "." + extension);
    }
}
