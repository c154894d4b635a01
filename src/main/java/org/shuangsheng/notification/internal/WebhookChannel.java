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

/**
 * Posts each message to a group-chat robot (企业微信/钉钉 群机器人) as
 * {@code {"msgtype":"text","text":{"content":"<subject>\n<body>"}}}. A 2xx answer is delivered;
 * any other status, a timeout or a refused connection is tried again later. Without a URL the
 * channel is off and gives its deliveries up ("webhook not configured"). The URL usually holds
 * the robot's key: it never goes into a log line or a stored reason.
 */
public class WebhookChannel implements NotificationChannel {

    static final String NOT_CONFIGURED = "webhook not configured";

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
        HttpStatusCode status = client.post().uri(url).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("msgtype", "text", "text", Map.of("content", content)))
                .exchange((request, response) -> response.getStatusCode());
        return status.is2xxSuccessful() ? DeliveryResult.sent() : DeliveryResult.retry("HTTP " + status.value());
    }
}
