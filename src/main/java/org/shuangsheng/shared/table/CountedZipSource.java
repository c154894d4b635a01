package org.shuangsheng.shared.table;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.ZipPackagePart;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The entries of an uploaded .xlsx, counting every byte unpacked from them as it is read. POI
 * refuses entries that unpack more than 100 times their packed size; a bomb kept just under that
 * ratio (a 20 MB file unpacking to 1.4 GB) is refused here once the bytes of the whole file pass
 * the import's limit. The parts POI reads whole into a tree (content types, relationships,
 * styles, the workbook) get a much lower limit of their own, since a tree takes several times its
 * XML; only the sheet and its shared strings, which are streamed, may be large.
 */
final class CountedZipSource extends ZipFileZipEntrySource {

    /**
     * A part read whole: styles of a heavily formatted workbook are a few MB (Excel holds at most
     * 64,000 cell formats); many times that is no real workbook.
     */
    static final long MAX_WHOLE_PART_BYTES = 16L * 1024 * 1024;

    private final long maxBytes;
    private final Set<String> streamed = new HashSet<>();
    private long read;

    CountedZipSource(ZipSecureFile zip, long maxBytes) {
        super(zip);
        this.maxBytes = maxBytes;
    }

    /** Lets a part that is parsed as a stream, not held whole, be as large as the file's limit allows. */
    void streams(PackagePart part) {
        if (part instanceof ZipPackagePart zipPart) {
            streamed.add(zipPart.getZipArchive().getName());
        }
    }

    @Override
    public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
        String name = entry.getName();
        long partLimit = streamed.contains(name) ? Long.MAX_VALUE : MAX_WHOLE_PART_BYTES;
        return new FilterInputStream(super.getInputStream(entry)) {

            private long partRead;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = super.skip(n);
                if (skipped > 0) {
                    count(skipped);
                }
                return skipped;
            }

            private void count(long n) {
                partRead += n;
                read += n;
                if (read > maxBytes) {
                    throw new ImportLimitException("table.tooLargeUnpacked", TableReader.megabytes(maxBytes));
                }
                if (partRead > partLimit) {
                    throw new ImportLimitException("table.partTooLarge", name,
                            TableReader.megabytes(MAX_WHOLE_PART_BYTES));
                }
            }
        };
    }
}
