package org.shuangsheng.audit;

import java.util.Iterator;
import java.util.stream.Stream;
import org.shuangsheng.audit.internal.AuditEventStore;
import org.shuangsheng.audit.internal.ChainHash;
import org.shuangsheng.audit.internal.ChainRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the hash chain of the audit log, oldest row first: every row's hash must be the hash
 * of its values, every row must link to the one before by id and hash, and the newest row must
 * be the one the chain head names.
 *
 * <p>The retention purge removes the oldest rows, so the oldest remaining row is trusted to link
 * to a removed row: its {@code prev_hash} is taken as given (only a row with id 1 must start
 * from the genesis hash). Everything after it is checked. Whoever can rewrite every row after
 * a change and the head too is not caught by the chain alone; the head's hash, copied
 * elsewhere from time to time, closes that gap.
 */
@Service
public class AuditChainVerifier {

    /** What is wrong at the first broken row. */
    public enum Problem {
        /** The row's values do not give its hash: it was edited. */
        ALTERED,
        /** The row does not follow the row before it: a row was removed or inserted before it. */
        UNLINKED,
        /** The chain ends before the newest row its head names: the newest rows were removed. */
        TRUNCATED
    }

    /**
     * The result: {@code intact}, or the id of the first broken row and what is wrong there;
     * {@code checked} rows passed (all of them when intact), between {@code firstId} and
     * {@code lastId} (null when the log is empty).
     */
    public record Verification(boolean intact, Long firstBrokenId, Problem problem, long checked, Long firstId,
            Long lastId) {

        static Verification ok(long checked, Long firstId, Long lastId) {
            return new Verification(true, null, null, checked, firstId, lastId);
        }

        static Verification broken(long id, Problem problem, long checked, Long firstId, Long lastId) {
            return new Verification(false, id, problem, checked, firstId, lastId);
        }
    }

    private final AuditEventStore store;

    AuditChainVerifier(AuditEventStore store) {
        this.store = store;
    }

    @Transactional(readOnly = true)
    public Verification verify() {
        // The head first: every row up to it was committed with it, whatever is appended meanwhile.
        AuditEventStore.Head head = store.head();
        if (head.lastId() == 0) {
            return Verification.ok(0, null, null);
        }
        try (Stream<ChainRow> rows = store.chain(head.lastId())) {
            Iterator<ChainRow> iterator = rows.iterator();
            ChainRow previous = null;
            Long firstId = null;
            long checked = 0;
            while (iterator.hasNext()) {
                ChainRow row = iterator.next();
                Long lastGood = previous == null ? null : previous.id();
                if (previous == null) {
                    firstId = row.id();
                    if (row.id() == 1 && !ChainHash.GENESIS.equals(row.prevHash())) {
                        return Verification.broken(row.id(), Problem.UNLINKED, checked, firstId, null);
                    }
                } else if (row.id() != previous.id() + 1 || !previous.hash().equals(row.prevHash())) {
                    return Verification.broken(row.id(), Problem.UNLINKED, checked, firstId, lastGood);
                }
                if (!row.hashMatches()) {
                    return Verification.broken(row.id(), Problem.ALTERED, checked, firstId, lastGood);
                }
                checked++;
                previous = row;
            }
            if (previous == null || previous.id() != head.lastId()) {
                long missing = previous == null ? head.lastId() : previous.id() + 1;
                return Verification.broken(missing, Problem.TRUNCATED, checked, firstId,
                        previous == null ? null : previous.id());
            }
            if (!previous.hash().equals(head.lastHash())) {
                // The newest row was rewritten with a fresh hash, which the head does not know.
                return Verification.broken(previous.id(), Problem.ALTERED, checked - 1, firstId,
                        checked > 1 ? previous.id() - 1 : null);
            }
            return Verification.ok(checked, firstId, previous.id());
        }
    }
}
