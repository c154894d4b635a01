package org.shuangsheng.shared.table;

import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Collects the errors an import finds, so that it can report every bad row at once and commit
 * nothing. Counts every error, but keeps only the first {@code limit} of them by row number (1,000
 * by default), which is as many as a person will read. Not for use by several threads.
 */
public final class RowErrors {

    public static final int DEFAULT_LIMIT = 1_000;

    private record Entry(RowError error, long order) {
    }

    private static final Comparator<Entry> BY_ROW =
            Comparator.comparingInt((Entry entry) -> entry.error().row()).thenComparingLong(Entry::order);

    private final int limit;
    /** The kept errors, the last by row at the head, to be dropped first. */
    private final PriorityQueue<Entry> kept;
    private int count;

    /** A collector keeping up to {@value #DEFAULT_LIMIT} errors. */
    public RowErrors() {
        this(DEFAULT_LIMIT);
    }

    public RowErrors(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        this.limit = limit;
        this.kept = new PriorityQueue<>(BY_ROW.reversed());
    }

    public void add(RowError error) {
        Entry entry = new Entry(error, count++);
        if (kept.size() < limit) {
            kept.add(entry);
        } else if (BY_ROW.compare(entry, kept.peek()) < 0) {
            kept.poll();
            kept.add(entry);
        }
    }

    /** Records an error; {@code field} is the column at fault, or null for the whole row. */
    public void add(int row, String field, String messageKey, Object... args) {
        add(new RowError(row, field, messageKey, args));
    }

    public boolean hasErrors() {
        return count > 0;
    }

    /** How many errors were added, including those not kept. */
    public int count() {
        return count;
    }

    /** Whether some errors were counted but not kept. */
    public boolean truncated() {
        return count > kept.size();
    }

    /** The kept errors by row number, errors of one row in the order they were added. */
    public List<RowError> errors() {
        return kept.stream().sorted(BY_ROW).map(Entry::error).toList();
    }
}
