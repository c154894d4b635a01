package org.shuangsheng.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shuangsheng.TestData;
import org.shuangsheng.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@PlatformTest
class AuditLogTests {

    @Autowired
    AuditLog audit;

    @Autowired
    AuditQueries queries;

    @Autowired
    AuditChainVerifier verifier;

    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    List<AuditEventView> eventsOf(String username) {
        return queries.search(new AuditFilter(username, null, null, null), PageRequest.of(0, 500)).getContent();
    }

    static String someone() {
        return TestData.tag("t");
    }

    @Test
    void aRecordStaysWhenTheCallersTransactionRollsBack() {
        String user = someone();
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            audit.record(user, AuditAction.DELETE, "region", "230506001", AuditOutcome.FAILURE, "refused by a rule");
            throw new IllegalStateException("the caller's action fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(eventsOf(user)).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.DELETE);
            assertThat(event.objectId()).isEqualTo("230506001");
            assertThat(event.outcome()).isEqualTo(AuditOutcome.FAILURE);
        });
    }

    @Test
    void theSignedInUserIsWhoActed() {
        String user = someone();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user,
                null, AuthorityUtils.createAuthorityList("ROLE_COMMANDER")));
        audit.record(AuditAction.UPDATE, "region", "230506001", AuditOutcome.SUCCESS);
        assertThat(eventsOf(user)).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(AuditAction.UPDATE);
            assertThat(event.detail()).isNull();
            assertThat(event.occurredAt()).isBetween(java.time.Instant.now().minusSeconds(60),
                    java.time.Instant.now().plusSeconds(1));
        });
    }

    @Test
    void aDetailWithLineBreaksStaysOnOneLine() {
        String user = someone();
        String forged = "renamed\r\n2020-03-01 08:00:00 user=admin action=LOGIN outcome=SUCCESS\u2028\u0000\u202Eend";
        audit.record(user, AuditAction.UPDATE, "region", "230506001", AuditOutcome.SUCCESS, forged);
        String detail = eventsOf(user).get(0).detail();
        assertThat(detail).doesNotContain("\r", "\n", "\u2028", "\u0000", "\u202E")
                .startsWith("renamed").contains("user=admin action=LOGIN").endsWith("end");
        assertThat(detail.lines()).hasSize(1);
    }

    @Test
    void aDetailIsCutTo500CharactersAndIdAndPhoneNumbersInItAreMasked() {
        String user = someone();
        audit.record(user, AuditAction.UPDATE, "resident", "42", AuditOutcome.SUCCESS,
                "moved 230506199003071234 phone 13812345678 " + "长".repeat(600));
        String detail = eventsOf(user).get(0).detail();
        assertThat(detail).hasSize(500).contains("230506********1234", "138****5678")
                .doesNotContain("199003071234", "13812345678");
    }

    @Test
    void outsideARequestTheAddressIsEmptyAndNobodySignedInIsAnonymous() throws Exception {
        String marker = someone();
        Thread thread = new Thread(() -> audit.record(AuditAction.PURGE, "test", marker, AuditOutcome.SUCCESS));
        thread.start();
        thread.join();
        assertThat(queries.search(new AuditFilter("anonymous", AuditAction.PURGE, null, null), PageRequest.of(0, 50))
                .getContent()).filteredOn(e -> marker.equals(e.objectId())).singleElement()
                .satisfies(event -> assertThat(event.address()).isNull());
    }

    @Test
    void eightThreadsAppendingAtOnceLeaveAnUnbrokenChain() throws Exception {
        String user = someone();
        int threads = 8;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < each; i++) {
                        audit.record(user, AuditAction.CREATE, "test", thread + "-" + i, AuditOutcome.SUCCESS, null);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(queries.search(new AuditFilter(user, null, null, null), PageRequest.of(0, 1)).getTotalElements())
                .isEqualTo(threads * each);
        assertThat(eventsOf(user)).extracting(AuditEventView::objectId).doesNotHaveDuplicates();
        assertThat(verifier.verify().intact()).isTrue();
    }
}
