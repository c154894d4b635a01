package org.shuangsheng.audit;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.shuangsheng.audit.internal.AuditEventStore;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;

/** Searches of the audit log, newest first: the order is fixed, a requested sort is ignored. */
@Service
public class AuditQueries {

    public static final int MAX_PAGE_SIZE = 1_000;
    private static final int BATCH = 1_000;

    private final AuditEventStore store;

    AuditQueries(AuditEventStore store) {
        this.store = store;
    }

    public Page<AuditEventView> search(AuditFilter filter, Pageable pageable) {
        Pageable page = PageRequest.of(pageable.getPageNumber(), Math.min(pageable.getPageSize(), MAX_PAGE_SIZE));
        List<AuditEventView> events = store.search(filter, page.getOffset(), page.getPageSize());
        return PageableExecutionUtils.getPage(events, page, () -> store.count(filter));
    }

    /**
     * How many events of one user with this object type and outcome happened since a moment:
     * a budget that must hold across instances (ID numbers refused per hour) counts here.
     */
    public long count(String username, String objectType, AuditOutcome outcome, Instant since) {
        return store.count(username, objectType, outcome, since);
    }

    /**
     * Hands the newest {@code max} events that match to {@code sink}, in batches, so that an
     * export never holds them all in memory; answers how many it handed.
     */
    public int forEach(AuditFilter filter, int max, Consumer<AuditEventView> sink) {
        int handed = 0;
        AuditEventView last = null;
        while (handed < max) {
            int wanted = Math.min(BATCH, max - handed);
            List<AuditEventView> batch = store.batchAfter(filter, last, wanted);
            batch.forEach(sink);
            handed += batch.size();
            if (batch.size() < wanted) {
                break;
            }
            last = batch.get(batch.size() - 1);
        }
        return handed;
    }
}
