package org.shuangsheng.shared.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A resident roster of 100,000 rows goes out and comes back in as streams. */
class LargeTableTest {

    private static final int ROWS = 100_000;
    private static final List<String> COLUMNS = List.of("身份证号", "姓名", "联系电话");

    @TempDir
    Path dir;

    @Test
    void hundredThousandRowsAreWrittenAndReadAsStreams() throws IOException {
        Path file = dir.resolve("roster.xlsx");
        long started = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(file); TableWriter writer = TableWriter.xlsx(out)) {
            writer.sheet("居民").header(COLUMNS);
            for (int i = 0; i < ROWS; i++) {
                writer.row(List.of("230506" + (19_000_000_000L + i), "居民" + i, 13_800_000_000L + i));
            }
        }
        long written = System.nanoTime();

        AtomicInteger count = new AtomicInteger();
        AtomicReference<TableRow> last = new AtomicReference<>();
        try (InputStream in = Files.newInputStream(file)) {
            new TableReader().read(in, "居民.xlsx", COLUMNS, row -> {
                count.incrementAndGet();
                last.set(row);
            });
        }
        long read = System.nanoTime();

        assertThat(count).hasValue(ROWS);
        assertThat(last.get().number()).isEqualTo(ROWS + 1);
        assertThat(last.get().values()).containsExactly("230506" + (19_000_000_000L + ROWS - 1), "居民" + (ROWS - 1),
                String.valueOf(13_800_000_000L + ROWS - 1));
        System.out.printf("100,000 rows: %,d bytes; written in %d ms, read in %d ms%n", Files.size(file),
                (written - started) / 1_000_000, (read - written) / 1_000_000);
    }
}
