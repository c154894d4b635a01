package org.shuangsheng.notification.internal;

import java.net.http.HttpClient;
import java.util.Map;
import org.shuangsheng.notification.Channel;
import org.shuangsheng.notification.DeliveryResult;
import org.shuangsheng.notification.NotificationChannel;
import org.shuangsheng.notification.OutgoingNotification;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts each message to a group-chat robot (企业微信/钉钉 群机器人) as
 * {@code {"msgtype":"text","text":{"content":"<subject>\n<body>"}}}. A 2xx answer is delivered,
 * unless its JSON body carries a non-zero {@code errcode}: the robots answer HTTP 200 with
 * {@code {"errcode":45009,"errmsg":"..."}} when they refuse a message (rate limit, bad key), and
 * that is tried again later like any other status, a timeout or a refused connection. Without a URL the
 * channel is off and gives its deliveries up ("webhook not configured"). The URL usually holds
 * the robot's key: it never goes into a log line or a stored reason.
 */
public class WebhookChannel implements NotificationChannel {

    static final String NOT_CONFIGURED = "webhook not configured";

    /** More than any robot's answer; the rest is not read. */
    private static final int MAX_ANSWER = 64 * 1024;

    private final RestClient client;
    private final String url;

    public WebhookChannel(NotificationProperties.Webhook webhook) {
        this.url = webhook.enabled() ? webhook.url().strip() : null;
        HttpClient http = HttpClient.newBuilder().connectTimeout(webhook.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(webhook.readTimeout());
        this.client = RestClient.builder().requestFactory(requests).build();
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public DeliveryResult deliver(OutgoingNotification notification) {
        if (url == null) {
            return DeliveryResult.giveUp(NOT_CONFIGURED);
        }
        String content = notification.body().isEmpty() ? notification.subject()
                : notification.subject() + "\n" + notification.body();
        return client.post().uri(url).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("msgtype", "text", "text", Map.of("content", content)))
                .exchange((request, response) -> {
                    HttpStatusCode status = response.getStatusCode();
                    if (!status.is2xxSuccessful()) {
                        return DeliveryResult.retry("HTTP " + status.value());
                    }
                    long errcode = errcode(response.getBody().readNBytes(MAX_ANSWER));
                    return errcode == 0 ? DeliveryResult.sent() : DeliveryResult.retry("errcode " + errcode);
                });
    }

    /** The robot's {@code errcode}; 0 when the answer has none (an empty or non-JSON body). */
    static long errcode(byte[] answer) {
        if (answer.length == 0) {
            return 0;
        }
        try {
            JsonNode code = JsonMapper.shared().readTree(answer).path("errcode");
            return code.isNumber() || code.isString() && code.asString().matches("-?\\d{1,18}")
                    ? code.asLong() : 0;
        } catch (JacksonException e) {
            return 0;
        }
    }
}
