package org.shuangsheng.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shuangsheng.TestData;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.identity.RegionDirectory;
import org.shuangsheng.identity.Role;
import org.shuangsheng.identity.Scope;
import org.shuangsheng.notification.internal.DeliveryStore;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@PlatformTest
class NotificationsTests {

    @Autowired
    Notifications notifications;

    @Autowired
    NotificationQueries queries;

    @Autowired
    DeliveryStore deliveries;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoUsers users;

    @Autowired
    RegionDirectory regionPaths;

    static String marker() {
        return TestData.tag("n");
    }

    int messagesWithSubject(String subject) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM notification_message WHERE subject = ?", Integer.class,
                subject);
    }

    @Test
    void theOutboxIsWrittenInTheCallersTransaction() {
        String rolledBack = marker();
        String committed = marker();
        transactions.executeWithoutResult(status -> {
            notifications.send(NotificationRequest.toUser("grid01", rolledBack, "body"));
            assertThat(messagesWithSubject(rolledBack)).as("visible inside the transaction").isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(messagesWithSubject(rolledBack)).as("gone with the rollback").isZero();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            notifications.send(NotificationRequest.toUser("grid01", rolledBack, "body"));
            throw new IllegalStateException("the business change failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(messagesWithSubject(rolledBack)).isZero();

        transactions.executeWithoutResult(status -> notifications.send(NotificationRequest.toUser("grid01",
                committed, "body")));
        assertThat(messagesWithSubject(committed)).isEqualTo(1);
    }

    @Test
    void everyMessageGoesToTheInboxAndToEachRequestedChannelPending() {
        long id = notifications.send(new NotificationRequest("grid01", null, "230506/001", marker(), "body",
                Set.of(Channel.WEBHOOK, Channel.SMS), null)).orElseThrow();
        assertThat(deliveries.ofMessage(id)).extracting(DeliveryStore.State::channel)
                .containsExactlyInAnyOrder(Channel.IN_APP, Channel.WEBHOOK, Channel.SMS);
        assertThat(deliveries.ofMessage(id)).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStore.Status.PENDING);
            assertThat(d.attempts()).isZero();
            assertThat(d.nextAttemptAt()).isNotNull();
        });
        long inAppOnly = notifications.send(new NotificationRequest("grid01", null, null, marker(), "body", null,
                null)).orElseThrow();
        assertThat(deliveries.ofMessage(inAppOnly)).extracting(DeliveryStore.State::channel)
                .containsExactly(Channel.IN_APP);
    }

    @Test
    void theSameDedupKeyIsNotSentTwice() {
        String key = "report-missing:" + marker();
        String subject = marker();
        Optional<Long> first = notifications.send(new NotificationRequest(null, Role.GRID_WORKER, null, subject,
                "first", Set.of(Channel.IN_APP), key));
        Optional<Long> second = notifications.send(new NotificationRequest(null, Role.GRID_WORKER, null, subject,
                "second", Set.of(Channel.WEBHOOK), key));
        assertThat(first).isPresent();
        assertThat(second).isEmpty();
        assertThat(messagesWithSubject(subject)).isEqualTo(1);
        assertThat(deliveries.ofMessage(first.get())).hasSize(1);
    }

    @Test
    void aDuplicateKeyInsideATransactionDoesNotSpoilTheTransaction() {
        String key = "dup:" + marker();
        String after = marker();
        transactions.executeWithoutResult(status -> {
            notifications.send(new NotificationRequest("grid01", null, null, marker(), "a", null, key));
            assertThat(notifications.send(new NotificationRequest("grid01", null, null, marker(), "b", null, key)))
                    .isEmpty();
            notifications.send(NotificationRequest.toUser("grid01", after, "still works"));
        });
        assertThat(messagesWithSubject(after)).isEqualTo(1);
    }

    @Test
    void aBroadcastAboutARegionReachesOnlyTheAccountsOfTheRoleWhoseScopeCoversIt() {
        Scope hongqi = users.scope("hongqi");
        String paths = String.join(",", new java.util.TreeSet<>(regionPaths.pathsOf(hongqi.regionCodes()).values()));
        assertThat(paths).isEqualTo("230506/001");
        Scope yuejinOfficer = new Scope(0, marker(), Role.SUBDISTRICT_OFFICER, Set.of("230506002"), null, null);
        String aboutHongqi = marker();
        String aboutYuejin = marker();
        String aboutNoRegion = marker();
        notifications.send(new NotificationRequest(null, Role.SUBDISTRICT_OFFICER, "230506/001/001/01", aboutHongqi,
                "b", null, null));
        notifications.send(new NotificationRequest(null, Role.SUBDISTRICT_OFFICER, "230506/002", aboutYuejin, "b",
                null, null));
        notifications.send(new NotificationRequest(null, Role.SUBDISTRICT_OFFICER, null, aboutNoRegion, "b", null,
                null));

        assertThat(subjects(hongqi)).contains(aboutHongqi, aboutNoRegion).doesNotContain(aboutYuejin);
        assertThat(subjects(yuejinOfficer)).contains(aboutYuejin, aboutNoRegion).doesNotContain(aboutHongqi);
        assertThat(subjects(users.scope("commander"))).doesNotContain(aboutHongqi, aboutYuejin, aboutNoRegion);
        long yuejinId = jdbc.queryForObject("SELECT id FROM notification_message WHERE subject = ?", Long.class,
                aboutYuejin);
        assertThatThrownBy(() -> queries.get(hongqi, yuejinId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> queries.markRead(hongqi, yuejinId)).isInstanceOf(NotFoundException.class);
        queries.markAllRead(hongqi);
        assertThat(queries.inbox(yuejinOfficer, true, PageRequest.of(0, 200)).getContent())
                .extracting(NotificationView::subject).contains(aboutYuejin);
    }

    List<String> subjects(Scope scope) {
        return queries.inbox(scope, false, PageRequest.of(0, 200)).getContent().stream()
                .map(NotificationView::subject).toList();
    }

    @Test
    void idNumbersAndPhonesAreMaskedBeforeTheMessageIsStored() {
        String tag = marker();
        long id = notifications.send(new NotificationRequest("grid02", null, null,
                "发热预警 " + tag + " 230506198001011234", "居民 23050619800101123X，联系电话 13812345678；家属 13912345678。",
                Set.of(Channel.SMS), null)).orElseThrow();
        NotificationView stored = queries.get(new Scope(0, "grid02", Role.GRID_WORKER, Set.of(), null, null), id);
        assertThat(stored.subject()).isEqualTo("发热预警 " + tag + " 230506********1234");
        assertThat(stored.body()).isEqualTo("居民 230506********123X，联系电话 138****5678；家属 139****5678。");
        String raw = jdbc.queryForObject("SELECT subject || body FROM notification_message WHERE id = ?",
                String.class, id);
        assertThat(raw).doesNotContain("198001011234", "13812345678", "13912345678").doesNotContainPattern("\\d{17}");
    }

    @Test
    void tooLongOrAddressedToNobodyIsRefusedNamingTheField() {
        assertThatThrownBy(() -> notifications.send(NotificationRequest.toUser("grid01", "字".repeat(101), "b")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.Violation::field).containsExactly("subject"));
        assertThatThrownBy(() -> notifications.send(NotificationRequest.toUser("grid01", "s", "字".repeat(1001))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.Violation::field).containsExactly("body"));
        assertThatThrownBy(() -> notifications.send(new NotificationRequest(null, null, "230506", "s", "b", null,
                null))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.Violation::field).containsExactly("recipient"));
        assertThatThrownBy(() -> notifications.send(new NotificationRequest("grid01", null, "not a path!", "s", "b",
                null, null))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.Violation::field).containsExactly("regionPath"));
        assertThat(notifications.send(NotificationRequest.toUser("grid01", "字".repeat(100), "字".repeat(1000))))
                .isPresent();
    }

    @Test
    void theUnreadCountCountsOwnMessagesAndTheRolesBroadcasts() {
        String name = marker();
        Scope me = new Scope(0, name, Role.ADMIN, Set.of(), null, null);
        assertThat(queries.unreadCount(me)).isZero();
        notifications.send(NotificationRequest.toUser(name, marker(), "b"));
        long second = notifications.send(NotificationRequest.toUser(name, marker(), "b")).orElseThrow();
        notifications.send(NotificationRequest.toUser(marker(), marker(), "someone else's"));
        long before = queries.unreadCount(me);
        assertThat(before).isGreaterThanOrEqualTo(2);
        queries.markRead(me, second);
        queries.markRead(me, second);
        assertThat(queries.unreadCount(me)).isEqualTo(before - 1);
        assertThat(queries.inbox(me, false, PageRequest.of(0, 10)).getContent())
                .filteredOn(m -> m.id() == second).singleElement().satisfies(m -> assertThat(m.read()).isTrue());
        queries.markAllRead(me);
        assertThat(queries.unreadCount(me)).isZero();
    }
}
