package org.shuangsheng.shared.table;

import java.util.concurrent.Semaphore;

/**
 * Lets at most a set number of imports run at once on this instance and gives each the table
 * reader with the instance's {@link TableLimits}. An import holds its slot from reading the file
 * to its last insert, since its checked rows stay in memory until then; the next one beyond the
 * number is refused at once rather than queued, because a queue of uploads is memory too.
 *
 * <pre>{@code
 * try (ImportGate.Slot slot = gate.enter()) {
 *     slot.reader(maxBytes, maxRows).read(in, fileName, COLUMNS, row -> ...);
 *     ... insert ...
 * }
 * }</pre>
 */
public final class ImportGate {

    /** An import of a district's roster takes some seconds; a retry sooner would mostly be refused again. */
    public static final int RETRY_AFTER_SECONDS = 10;

    private final Semaphore slots;
    private final TableLimits limits;

    /**
     * @param concurrent the most imports running at once
     * @param limits what each import's upload may hold
     */
    public ImportGate(int concurrent, TableLimits limits) {
        if (concurrent < 1) {
            throw new IllegalArgumentException("at least one import at once");
        }
        this.slots = new Semaphore(concurrent);
        this.limits = limits;
    }

    /**
     * Takes a slot, to be closed when the import ends.
     *
     * @throws ImportBusyException when every slot is taken
     */
    public Slot enter() {
        if (!slots.tryAcquire()) {
            throw new ImportBusyException(RETRY_AFTER_SECONDS);
        }
        return new Slot();
    }

    /** One running import; closing it more than once frees one slot only. */
    public final class Slot implements AutoCloseable {

        private boolean closed;

        private Slot() {
        }

        /** A reader with this instance's limits besides the import's own size and row limits. */
        public TableReader reader(long maxBytes, int maxRows) {
            return new TableReader(maxBytes, maxRows, limits);
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                slots.release();
            }
        }
    }
}
