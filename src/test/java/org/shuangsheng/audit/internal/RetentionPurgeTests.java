package org.shuangsheng.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.shuangsheng.TestData;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditChainVerifier;
import org.shuangsheng.audit.AuditEventView;
import org.shuangsheng.audit.AuditFilter;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.audit.AuditOutcome;
import org.shuangsheng.audit.AuditQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The purge runs here with a clock set so that the retention period ends at a record written by
 * the test: everything the test run wrote before that record goes, the rest stays.
 */
@PlatformTest
class RetentionPurgeTests {

    @Autowired
    AuditEventStore store;

    @Autowired
    AuditLog audit;

    @Autowired
    AuditQueries queries;

    @Autowired
    AuditChainVerifier verifier;

    @Autowired
    PlatformTransactionManager transactions;

    AuditEventView record(String user) {
        audit.record(user, AuditAction.UPDATE, "region", "230506001", AuditOutcome.SUCCESS, null);
        return queries.search(new AuditFilter(user, null, null, null), PageRequest.of(0, 1)).getContent().get(0);
    }

    @Test
    void thePurgeRemovesOnlyRecordsPastTheRetentionKeepsTheChainVerifiableAndIsItselfRecorded() throws Exception {
        String user = TestData.tag("r");
        AuditEventView old = record(user);
        Thread.sleep(5);
        AuditEventView kept = record(user);
        Duration retention = Duration.ofDays(180);
        Clock later = Clock.fixed(kept.occurredAt().plus(retention), ZoneOffset.UTC);
        RetentionPurge purge = new RetentionPurge(store, audit, new AuditProperties(retention), later, transactions);

        long removed = purge.purge();

        assertThat(removed).isGreaterThanOrEqualTo(1);
        assertThat(queries.search(new AuditFilter(user, null, null, null), PageRequest.of(0, 10)).getContent())
                .extracting(AuditEventView::id).containsExactly(kept.id());
        assertThat(store.oldestId()).contains(kept.id());
        assertThat(old.id()).isLessThan(kept.id());
        AuditChainVerifier.Verification verification = verifier.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.firstId()).isEqualTo(kept.id());
        assertThat(queries.search(new AuditFilter("system", AuditAction.PURGE, null, null), PageRequest.of(0, 1))
                .getContent()).first().satisfies(event -> assertThat(event.detail())
                        .contains("removed " + removed + " records", "ids below " + kept.id()));

        assertThat(purge.purge()).isZero();
    }

    @Test
    void nothingWithinTheRetentionIsRemoved() {
        RetentionPurge purge = new RetentionPurge(store, audit, new AuditProperties(Duration.ofDays(365)),
                Clock.systemUTC(), transactions);
        long before = store.head().lastId();
        assertThat(purge.purge()).isZero();
        assertThat(store.head().lastId()).isEqualTo(before);
    }
}
