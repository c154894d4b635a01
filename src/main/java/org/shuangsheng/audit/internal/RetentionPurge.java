package org.shuangsheng.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.audit.AuditOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes audit records older than {@code shuangsheng.audit.retention}, every night, and
 * records that it did as a PURGE event.
 *
 * <p>Only the oldest end of the chain is ever cut: the purge removes every row before the first
 * row (in chain order) that is still within the retention period, so the remaining rows form one
 * unbroken chain that the verifier checks from its new start. A row that is older than the cut
 * but follows a younger one (clocks of two instances a little apart) is kept until the next run:
 * records are kept at least as long as required, never shorter. The newest row is always kept,
 * as the verifier anchors the end of the chain on it. Rows go in batches, each its own
 * transaction, so a purge of a large backlog holds no long lock and, if stopped, leaves a chain
 * that still verifies.
 */
@Component
public class RetentionPurge {

    private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);
    static final int BATCH = 10_000;

    private final AuditEventStore store;
    private final AuditLog audit;
    private final AuditProperties properties;
    private final Clock clock;
    private final TransactionTemplate transactions;

    RetentionPurge(AuditEventStore store, AuditLog audit, AuditProperties properties, Clock clock,
            PlatformTransactionManager transactionManager) {
        this.store = store;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Scheduled(cron = "${shuangsheng.audit.purge-cron:0 17 3 * * *}", zone = "${shuangsheng.zone:Asia/Shanghai}")
    @SchedulerLock(name = "audit.retention-purge", lockAtMostFor = "PT2H", lockAtLeastFor = "PT5M")
    void nightly() {
        purge();
    }

    /** Removes what the retention period allows and answers how many records went. */
    public long purge() {
        Instant cutoff = clock.instant().minus(properties.retention());
        long newest = store.head().lastId();
        long keepFrom = Math.min(store.firstIdAtOrAfter(cutoff).orElse(newest), newest);
        Optional<Long> oldest = store.oldestId();
        if (oldest.isEmpty() || oldest.get() >= keepFrom) {
            return 0;
        }
        long removed = 0;
        for (long below = oldest.get(); below < keepFrom; ) {
            below = Math.min(below + BATCH, keepFrom);
            long bound = below;
            Integer count = transactions.execute(status -> store.deleteBefore(bound));
            removed += count == null ? 0 : count;
        }
        if (removed > 0) {
            log.info("Audit retention purge removed {} records before {} (ids below {})", removed, cutoff, keepFrom);
            audit.record("system", AuditAction.PURGE, "audit_event", null, AuditOutcome.SUCCESS,
                    "retention " + properties.retention().toDays() + " days: removed " + removed
                            + " records that occurred before " + cutoff + ", ids below " + keepFrom);
        }
        return removed;
    }
}
