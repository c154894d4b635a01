package org.shuangsheng.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuangsheng.TestData;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.notification.Channel;
import org.shuangsheng.notification.DeliveryResult;
import org.shuangsheng.notification.NotificationChannel;
import org.shuangsheng.notification.NotificationRequest;
import org.shuangsheng.notification.Notifications;
import org.shuangsheng.notification.OutgoingNotification;
import org.shuangsheng.notification.internal.DeliveryStore.State;
import org.shuangsheng.notification.internal.DeliveryStore.Status;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dispatcher against the real database, with a robot stub on a random local port and a
 * clock the test moves on. The scheduled dispatch of the test context is held off
 * ({@code dispatch-interval=1h}); this test's own dispatcher may also meet deliveries other
 * tests left behind, so every assertion looks at this test's messages only.
 */
@PlatformTest
class DeliveryTests {

    @Autowired
    Notifications notifications;

    @Autowired
    DeliveryStore deliveries;

    @Autowired
    JdbcTemplate jdbc;

    HttpServer robot;
    final List<String> received = new CopyOnWriteArrayList<>();
    final AtomicInteger robotStatus = new AtomicInteger(200);
    final java.util.concurrent.atomic.AtomicReference<String> robotAnswer =
            new java.util.concurrent.atomic.AtomicReference<>("{\"errcode\":0,\"errmsg\":\"ok\"}");
    final MovableClock clock = new MovableClock();

    @BeforeEach
    void startRobot() throws IOException {
        robot = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        robot.createContext("/cgi-bin/webhook/send", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(exchange.getRequestHeaders().getFirst("Content-Type") + " " + body);
            byte[] answer = robotAnswer.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(robotStatus.get(), answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        robot.start();
    }

    @AfterEach
    void stopRobot() {
        robot.stop(0);
    }

    String robotUrl() {
        return "http://127.0.0.1:" + robot.getAddress().getPort() + "/cgi-bin/webhook/send?key=robot-key";
    }

    WebhookChannel webhook(String url) {
        return new WebhookChannel(new NotificationProperties.Webhook(url, Duration.ofSeconds(2), Duration.ofSeconds(2)));
    }

    NotificationDispatcher dispatcher(int maxAttempts, NotificationChannel... channels) {
        List<NotificationChannel> all = new ArrayList<>(List.of(channels));
        all.add(new InAppChannel());
        // Deliveries other tests left behind on channels this test does not look at are simply sent.
        for (Channel channel : Channel.values()) {
            if (all.stream().noneMatch(c -> c.channel() == channel)) {
                all.add(new CountingChannel(channel, Duration.ZERO));
            }
        }
        return new NotificationDispatcher(deliveries, all, clock, maxAttempts, 500, Duration.ofMinutes(5));
    }

    long send(Set<Channel> channels) {
        String tag = TestData.tag("d");
        return notifications.send(new NotificationRequest(null, org.shuangsheng.identity.Role.COMMANDER, null,
                "防疫提醒 " + tag, "请于 10:00 前报送一日一报表", channels, null)).orElseThrow();
    }

    State delivery(long messageId, Channel channel) {
        return deliveries.ofMessage(messageId).stream().filter(d -> d.channel() == channel).findFirst().orElseThrow();
    }

    List<String> receivedFor(long messageId) {
        String subject = jdbc.queryForObject("SELECT subject FROM notification_message WHERE id = ?", String.class,
                messageId);
        return received.stream().filter(body -> body.contains(subject)).toList();
    }

    @Test
    void theWebhookPostsTheRobotsTextMessage() {
        long id = send(Set.of(Channel.WEBHOOK));
        dispatcher(8, webhook(robotUrl())).dispatch(10);

        assertThat(delivery(id, Channel.WEBHOOK).status()).isEqualTo(Status.SENT);
        assertThat(delivery(id, Channel.WEBHOOK).sentAt()).isNotNull();
        assertThat(delivery(id, Channel.IN_APP).status()).isEqualTo(Status.SENT);
        List<String> posts = receivedFor(id);
        assertThat(posts).hasSize(1);
        assertThat(posts.get(0)).startsWith("application/json");
        JsonNode json = JsonMapper.builder().build().readTree(posts.get(0).substring(posts.get(0).indexOf('{')));
        assertThat(json.get("msgtype").asString()).isEqualTo("text");
        String subject = jdbc.queryForObject("SELECT subject FROM notification_message WHERE id = ?", String.class, id);
        assertThat(json.get("text").get("content").asString()).isEqualTo(subject + "\n请于 10:00 前报送一日一报表");
    }

    @Test
    void aServerErrorIsRetriedWithBackoffAndSentWhenTheRobotRecovers() {
        long id = send(Set.of(Channel.WEBHOOK));
        NotificationDispatcher dispatcher = dispatcher(8, webhook(robotUrl()));
        robotStatus.set(500);

        dispatcher.dispatch(10);
        State failed = delivery(id, Channel.WEBHOOK);
        assertThat(failed.status()).isEqualTo(Status.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isEqualTo("HTTP 500");
        assertThat(failed.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));

        clock.advance(Duration.ofSeconds(30));
        dispatcher.dispatch(10);
        assertThat(delivery(id, Channel.WEBHOOK).attempts()).as("not due yet").isEqualTo(1);

        clock.advance(Duration.ofSeconds(31));
        dispatcher.dispatch(10);
        State second = delivery(id, Channel.WEBHOOK);
        assertThat(second.attempts()).isEqualTo(2);
        assertThat(second.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(5)));

        robotStatus.set(200);
        clock.advance(Duration.ofMinutes(5));
        dispatcher.dispatch(10);
        State sent = delivery(id, Channel.WEBHOOK);
        assertThat(sent.status()).isEqualTo(Status.SENT);
        assertThat(sent.attempts()).isEqualTo(3);
        assertThat(sent.lastError()).isNull();
        assertThat(deliveries.attemptsRecorded(sent.deliveryId())).as("every attempt recorded").isEqualTo(3);
        assertThat(receivedFor(id)).hasSize(3);
    }

    @Test
    void aRobotRefusingWithAnErrcodeUnderHttp200IsRetriedUntilItAccepts() {
        long id = send(Set.of(Channel.WEBHOOK));
        NotificationDispatcher dispatcher = dispatcher(8, webhook(robotUrl()));
        // What a group robot answers when it is sent too many messages a minute.
        robotAnswer.set("{\"errcode\":45009,\"errmsg\":\"api freq out of limit\"}");

        dispatcher.dispatch(10);
        State failed = delivery(id, Channel.WEBHOOK);
        assertThat(failed.status()).isEqualTo(Status.FAILED);
        assertThat(failed.lastError()).isEqualTo("errcode 45009");
        assertThat(failed.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));

        robotAnswer.set("{\"errcode\":0,\"errmsg\":\"ok\"}");
        clock.advance(Duration.ofMinutes(1));
        dispatcher.dispatch(10);
        assertThat(delivery(id, Channel.WEBHOOK).status()).isEqualTo(Status.SENT);
        assertThat(receivedFor(id)).hasSize(2);
    }

    @Test
    void aRobotAnsweringHttp200WithoutJsonCountsAsDelivered() {
        assertThat(WebhookChannel.errcode(new byte[0])).isZero();
        assertThat(WebhookChannel.errcode("ok".getBytes(StandardCharsets.UTF_8))).isZero();
        assertThat(WebhookChannel.errcode("{\"errcode\":\"310000\"}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(310000);
        assertThat(WebhookChannel.errcode("[1,2]".getBytes(StandardCharsets.UTF_8))).isZero();
    }

    @Test
    void anUnreachableRobotIsRetriedAndItsAddressNeverStored() {
        robot.stop(0);
        long id = send(Set.of(Channel.WEBHOOK));
        dispatcher(8, webhook(robotUrl())).dispatch(10);
        State failed = delivery(id, Channel.WEBHOOK);
        assertThat(failed.status()).isEqualTo(Status.FAILED);
        assertThat(failed.lastError()).isNotBlank().doesNotContain("127.0.0.1").doesNotContain("robot-key");
    }

    @Test
    void afterTheMaximumOfAttemptsTheDeliveryIsGivenUp() {
        long id = send(Set.of(Channel.WEBHOOK));
        NotificationDispatcher dispatcher = dispatcher(3, webhook(robotUrl()));
        robotStatus.set(503);
        for (int i = 0; i < 5; i++) {
            dispatcher.dispatch(10);
            clock.advance(Duration.ofHours(3));
        }
        State gaveUp = delivery(id, Channel.WEBHOOK);
        assertThat(gaveUp.status()).isEqualTo(Status.GAVE_UP);
        assertThat(gaveUp.attempts()).isEqualTo(3);
        assertThat(gaveUp.lastError()).isEqualTo("HTTP 503");
        assertThat(gaveUp.nextAttemptAt()).isNull();
        assertThat(deliveries.attemptsRecorded(gaveUp.deliveryId())).isEqualTo(3);
        assertThat(receivedFor(id)).hasSize(3);
    }

    @Test
    void withoutAUrlTheWebhookIsOffAndItsDeliveriesAreGivenUpWithTheReason() {
        long id = send(Set.of(Channel.WEBHOOK));
        dispatcher(8, webhook("")).dispatch(10);
        State off = delivery(id, Channel.WEBHOOK);
        assertThat(off.status()).isEqualTo(Status.GAVE_UP);
        assertThat(off.lastError()).isEqualTo(WebhookChannel.NOT_CONFIGURED);
        assertThat(delivery(id, Channel.IN_APP).status()).isEqualTo(Status.SENT);
    }

    @Test
    void aDeliveryLeftPendingByACrashIsDeliveredByTheNextDispatch() {
        // A message and its delivery as an instance that died right after committing left them.
        String subject = TestData.tag("crash");
        jdbc.update("INSERT INTO notification_message (created_at, recipient_role, subject, body)"
                + " VALUES (CURRENT_TIMESTAMP, 'COMMANDER', ?, 'left behind')", subject);
        long id = jdbc.queryForObject("SELECT id FROM notification_message WHERE subject = ?", Long.class, subject);
        jdbc.update("INSERT INTO notification_delivery (message_id, channel, status, attempts, next_attempt_at)"
                + " VALUES (?, 'WEBHOOK', 'PENDING', 0, CURRENT_TIMESTAMP)", id);

        dispatcher(8, webhook(robotUrl())).dispatch(10);

        assertThat(delivery(id, Channel.WEBHOOK).status()).isEqualTo(Status.SENT);
        assertThat(receivedFor(id)).hasSize(1);
    }

    @Test
    void aDeliveryClaimedByAnInstanceThatDiedIsTakenOverWhenItsLeaseEnds() {
        long id = send(Set.of(Channel.SMS));
        State pending = delivery(id, Channel.SMS);
        // An instance claimed it and died before recording the result.
        assertThat(deliveries.claim(new DeliveryStore.Due(pending.deliveryId(), Channel.SMS, 0, null),
                clock.instant(), clock.instant().plus(Duration.ofMinutes(5)))).isTrue();
        CountingChannel sms = new CountingChannel(Channel.SMS, Duration.ZERO);

        dispatcher(8, sms).dispatch(10);
        assertThat(sms.count(id)).as("still leased").isZero();

        clock.advance(Duration.ofMinutes(6));
        dispatcher(8, sms).dispatch(10);
        assertThat(sms.count(id)).isEqualTo(1);
        assertThat(delivery(id, Channel.SMS).status()).isEqualTo(Status.SENT);
        assertThat(delivery(id, Channel.SMS).attempts()).isEqualTo(2);
    }

    @Test
    void twoDispatchersRacingDeliverEachMessageExactlyOnce() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(send(Set.of(Channel.SMS)));
        }
        CountingChannel sms = new CountingChannel(Channel.SMS, Duration.ofMillis(2));
        NotificationDispatcher first = dispatcher(8, sms);
        NotificationDispatcher second = dispatcher(8, sms);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = List.of(threads.submit(() -> {
                start.await();
                return first.dispatch(10);
            }), threads.submit(() -> {
                start.await();
                return second.dispatch(10);
            }));
            start.countDown();
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            threads.shutdownNow();
        }
        for (long id : ids) {
            assertThat(sms.count(id)).as("message " + id).isEqualTo(1);
            assertThat(delivery(id, Channel.SMS).status()).isEqualTo(Status.SENT);
            assertThat(delivery(id, Channel.SMS).attempts()).isEqualTo(1);
            assertThat(deliveries.attemptsRecorded(delivery(id, Channel.SMS).deliveryId())).isEqualTo(1);
        }
    }

    @Test
    void theBackoffGrowsFromOneMinuteToTwoHoursAndBeyond() {
        assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 20).stream().map(NotificationDispatcher::backoff).toList())
                .containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
                        Duration.ofHours(2), Duration.ofHours(6), Duration.ofHours(12), Duration.ofHours(12),
                        Duration.ofHours(12));
    }

    /** A channel that counts what it delivers, taking a little time like a real one. */
    static final class CountingChannel implements NotificationChannel {

        private final Channel channel;
        private final Duration pause;
        private final Map<Long, AtomicInteger> delivered = new ConcurrentHashMap<>();

        CountingChannel(Channel channel, Duration pause) {
            this.channel = channel;
            this.pause = pause;
        }

        @Override
        public Channel channel() {
            return channel;
        }

        @Override
        public DeliveryResult deliver(OutgoingNotification notification) {
            delivered.computeIfAbsent(notification.messageId(), id -> new AtomicInteger()).incrementAndGet();
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return DeliveryResult.sent();
        }

        int count(long messageId) {
            AtomicInteger count = delivered.get(messageId);
            return count == null ? 0 : count.get();
        }
    }

    /** The platform's time, moved on by the test; starts a second ahead so that new messages are due. */
    static final class MovableClock extends Clock {

        private volatile Instant now = Instant.now().plusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
