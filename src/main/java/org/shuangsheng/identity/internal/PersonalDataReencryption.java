package org.shuangsheng.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.shuangsheng.identity.DecryptionFailedException;
import org.shuangsheng.identity.PersonalDataCipher;
import org.shuangsheng.identity.PersonalDataReencrypted;
import org.shuangsheng.identity.PersonalDataTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves stored personal data to the suite and key version of new writes: every encrypted column
 * of every {@link PersonalDataTable}, and its blind index, walked by id in batches of one
 * transaction each. After each batch the last id done is kept in
 * {@code identity_reencryption_progress}, so a run that stops resumes where it stopped; a run
 * that reaches the end of every table deletes its progress, and the next run finds nothing to move.
 *
 * <p>A row is moved when a value was made with another suite or key version, or when its hash is
 * not the hash of the value under the current suite and key version (an update through JPA
 * rewrites every column under them, but leaves a hash column the code did not set as it was), so
 * after a rotation of the master both the values and their hashes are under the new version.
 * Safe beside a running platform: lookups ask under every suite's and every configured key
 * version's hash, and a row is only written if it still
 * holds what was read, so a change made meanwhile is never overwritten (the row is counted as
 * changed meanwhile, and the next run looks at it again).
 *
 * <p>Logs counts and row ids, never a value; each run ends with {@link PersonalDataReencrypted},
 * which the audit log records.
 */
@Service
public class PersonalDataReencryption {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataReencryption.class);

    /** What one table gave in one run. */
    public record TableResult(String table, long resumedAfter, long scanned, long moved, long changedMeanwhile,
            long unreadable, boolean finished) {
    }

    /** What a run gave: finished when every table was walked to its end. */
    public record Result(String target, List<TableResult> tables) {

        public boolean finished() {
            return tables.stream().allMatch(TableResult::finished);
        }

        public long moved() {
            return tables.stream().mapToLong(TableResult::moved).sum();
        }

        public long unreadable() {
            return tables.stream().mapToLong(TableResult::unreadable).sum();
        }

        public TableResult table(String name) {
            return tables.stream().filter(t -> t.table().equals(name)).findFirst().orElseThrow();
        }
    }

    private record Batch(int rows, long lastId, long moved, long changedMeanwhile, long unreadable) {
    }

    private final JdbcTemplate jdbc;

    private final TransactionTemplate transactions;

    private final List<PersonalDataTable> tables;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    PersonalDataReencryption(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
            List<PersonalDataTable> tables, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.tables = tables.stream().sorted(Comparator.comparing(PersonalDataTable::table)).toList();
        this.events = events;
        this.clock = clock;
    }

    /**
     * Moves rows to what {@code cipher} writes, at most {@code maxBatches} batches of
     * {@code batchSize} rows in all (a later run resumes), and audits the counts.
     */
    public Result run(PersonalDataCipher cipher, int batchSize, int maxBatches) {
        if (batchSize < 1 || maxBatches < 1) {
            throw new IllegalArgumentException("batch size and batches must be at least 1");
        }
        String target = cipher.target();
        List<TableResult> results = new ArrayList<>();
        int[] batchesLeft = {maxBatches};
        for (PersonalDataTable table : tables) {
            TableResult result = table(cipher, table, target, batchSize, batchesLeft);
            results.add(result);
            log.info("Re-encryption to {}: {} rows of {} read after id {}, {} moved, {} changed meanwhile, "
                    + "{} unreadable{}", target, result.scanned(), table.table(), result.resumedAfter(),
                    result.moved(), result.changedMeanwhile(), result.unreadable(),
                    result.finished() ? "" : ", stopped here");
            if (!result.finished()) {
                break;
            }
        }
        Result result = new Result(target, List.copyOf(results));
        boolean complete = result.finished() && results.size() == tables.size();
        if (complete) {
            jdbc.update("delete from identity_reencryption_progress");
        }
        events.publishEvent(new PersonalDataReencrypted(target, complete, result.moved(), result.unreadable(),
                results.size(), tables.size()));
        return result;
    }

    private TableResult table(PersonalDataCipher cipher, PersonalDataTable table, String target, int batchSize,
            int[] batchesLeft) {
        long resumedAfter = progress(table.table(), target);
        long lastId = resumedAfter;
        long scanned = 0;
        long moved = 0;
        long changed = 0;
        long unreadable = 0;
        while (batchesLeft[0] > 0) {
            batchesLeft[0]--;
            long after = lastId;
            Batch batch = transactions.execute(status -> batch(cipher, table, target, after, batchSize));
            lastId = batch.lastId();
            scanned += batch.rows();
            moved += batch.moved();
            changed += batch.changedMeanwhile();
            unreadable += batch.unreadable();
            if (batch.rows() < batchSize) {
                return new TableResult(table.table(), resumedAfter, scanned, moved, changed, unreadable, true);
            }
        }
        return new TableResult(table.table(), resumedAfter, scanned, moved, changed, unreadable, false);
    }

    private Batch batch(PersonalDataCipher cipher, PersonalDataTable table, String target, long afterId,
            int batchSize) {
        StringJoiner columns = new StringJoiner(", ");
        columns.add("id");
        for (PersonalDataTable.Column column : table.columns()) {
            columns.add(column.name());
            if (column.hashColumn() != null) {
                columns.add(column.hashColumn());
            }
        }
        List<Map<String, Object>> rows = jdbc.queryForList("select " + columns + " from " + table.table()
                + " where id > ? order by id limit ?", afterId, batchSize);
        long moved = 0;
        long changed = 0;
        long unreadable = 0;
        long lastId = afterId;
        for (Map<String, Object> row : rows) {
            long id = ((Number) row.get("id")).longValue();
            lastId = id;
            Map<String, String> updates;
            try {
                updates = updates(cipher, table, row);
            } catch (DecryptionFailedException e) {
                // The message names no value; the id lets someone look at the row.
                log.warn("Re-encryption: row {} of {} cannot be read and stays as it is: {}", id, table.table(),
                        e.getMessage());
                unreadable++;
                continue;
            }
            if (updates.isEmpty()) {
                continue;
            }
            if (write(table, row, id, updates) == 1) {
                moved++;
            } else {
                changed++;
            }
        }
        if (!rows.isEmpty()) {
            saveProgress(table.table(), target, lastId, moved);
        }
        return new Batch(rows.size(), lastId, moved, changed, unreadable);
    }

    /** The columns of one row to write, with their new values; empty when the row is current. */
    private static Map<String, String> updates(PersonalDataCipher cipher, PersonalDataTable table,
            Map<String, Object> row) {
        Map<String, String> updates = new LinkedHashMap<>();
        for (PersonalDataTable.Column column : table.columns()) {
            String stored = (String) row.get(column.name());
            if (stored == null) {
                continue;
            }
            boolean current = cipher.isCurrent(stored);
            if (current && column.hashColumn() == null) {
                continue;
            }
            String plain = cipher.decrypt(stored);
            if (!current) {
                updates.put(column.name(), cipher.encrypt(plain));
            }
            if (column.hashColumn() != null) {
                String hash = cipher.blindIndex(plain);
                if (!hash.equals(row.get(column.hashColumn()))) {
                    updates.put(column.hashColumn(), hash);
                }
            }
        }
        return updates;
    }

    /** Writes only if the row still holds what was read: 1 when written, 0 when it changed meanwhile. */
    private int write(PersonalDataTable table, Map<String, Object> row, long id, Map<String, String> updates) {
        StringJoiner set = new StringJoiner(", ");
        StringJoiner unchanged = new StringJoiner(" and ");
        List<Object> arguments = new ArrayList<>();
        updates.forEach((column, value) -> {
            set.add(column + " = ?");
            arguments.add(value);
        });
        arguments.add(id);
        for (PersonalDataTable.Column column : table.columns()) {
            unchanged.add(column.name() + " is not distinct from ?");
            arguments.add(row.get(column.name()));
            if (column.hashColumn() != null) {
                unchanged.add(column.hashColumn() + " is not distinct from ?");
                arguments.add(row.get(column.hashColumn()));
            }
        }
        return jdbc.update("update " + table.table() + " set " + set + " where id = ? and " + unchanged,
                arguments.toArray());
    }

    private long progress(String table, String target) {
        List<Long> lastIds = jdbc.queryForList(
                "select last_id from identity_reencryption_progress where table_name = ? and target = ?", Long.class,
                table, target);
        return lastIds.isEmpty() ? 0 : lastIds.get(0);
    }

    private void saveProgress(String table, String target, long lastId, long moved) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.update("update identity_reencryption_progress set last_id = ?, moved = moved + ?, "
                + "updated_at = ? where table_name = ? and target = ?", lastId, moved, now, table, target);
        if (updated == 0) {
            // Progress towards another target is of no use to this run.
            jdbc.update("delete from identity_reencryption_progress where table_name = ?", table);
            jdbc.update("insert into identity_reencryption_progress (table_name, target, last_id, moved, updated_at) "
                    + "values (?, ?, ?, ?, ?)", table, target, lastId, moved, now);
        }
    }
}
