package org.shuangsheng.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.shuangsheng.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 11, finding 4: two administrators demoting or disabling each other at the same moment
 * each saw the other still enabled, and the district was left with none. A database of its own,
 * as production starts it, so that the two are the only administrators.
 */
@SpringBootTest(properties = {
        "spring.profiles.active=prod",
        "spring.datasource.url=jdbc:h2:mem:last-admin-race;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        "SHUANGSHENG_ADMIN_PASSWORD=a-long-first-password-2020",
        "SHUANGSHENG_DATA_KEY=cHJvZHVjdGlvbi1wcm9maWxlLXRlc3Qta2V5LTIwMjAhIQ=="})
class LastAdministratorRaceTests {

    @Autowired
    AccountManagement accounts;

    @Autowired
    TransactionTemplate transactions;

    List<AccountView> enabledAdministrators() {
        return accounts.search(null, Role.ADMIN, true, PageRequest.of(0, 10)).getContent();
    }

    @Test
    void twoAdministratorsDisablingAndDemotingEachOtherAtOnceLeaveOneEnabled() throws Exception {
        AccountView first = accounts.search("admin", Role.ADMIN, true, PageRequest.of(0, 10)).stream()
                .filter(a -> a.username().equals("admin")).findFirst().orElseThrow();
        AccountForm form = new AccountForm();
        form.setUsername(TestData.tag("race-admin"));
        form.setDisplayName("第二位管理员");
        form.setRole(Role.ADMIN);
        AccountView second = accounts.create(form).account();
        assertThat(enabledAdministrators()).hasSize(2);

        AccountForm demotion = new AccountForm();
        demotion.setDisplayName(first.displayName());
        demotion.setRole(Role.FARMER);
        // Each change holds its transaction open until the other has made its check too, or
        // until two seconds have passed: without a lock both checks see two administrators.
        CyclicBarrier bothChecked = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> disable = threads.submit(() -> change(bothChecked, () -> accounts.disable(second.id())));
            Future<Boolean> demote = threads.submit(() -> change(bothChecked, () -> accounts.update(first.id(),
                    demotion)));
            List<Boolean> done = List.of(disable.get(30, TimeUnit.SECONDS), demote.get(30, TimeUnit.SECONDS));
            assertThat(done).containsOnlyOnce(true);
        } finally {
            threads.shutdownNow();
        }
        assertThat(enabledAdministrators()).hasSize(1);
    }

    /** Answers whether the change committed. */
    boolean change(CyclicBarrier bothChecked, Runnable change) {
        try {
            transactions.executeWithoutResult(status -> {
                change.run();
                try {
                    bothChecked.await(2, TimeUnit.SECONDS);
                } catch (Exception waitedEnough) {
                    // The other change is waiting for this one's lock: commit and let it go on.
                }
            });
            return true;
        } catch (RuntimeException refused) {
            return false;
        }
    }
}
