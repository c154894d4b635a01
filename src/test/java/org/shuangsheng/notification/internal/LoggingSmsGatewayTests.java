package org.shuangsheng.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shuangsheng.identity.Role;
import org.shuangsheng.notification.DeliveryResult;
import org.shuangsheng.notification.OutgoingNotification;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class LoggingSmsGatewayTests {

    @Test
    void logsTheMessageIdAndTheMaskedNumberButNeverTheText(CapturedOutput output) {
        new LoggingSmsGateway().send("13812345678", 4711L, "请于今日18时前到卫生院复查 secret-text");
        assertThat(output.getAll()).contains("4711").contains("138****5678").doesNotContain("13812345678")
                .doesNotContain("secret-text").doesNotContain("卫生院");
    }

    @Test
    void theSmsChannelHandsTheGatewayOneTextAndLogsNoneOfIt(CapturedOutput output) {
        SmsChannel channel = new SmsChannel(new LoggingSmsGateway());
        DeliveryResult result = channel.deliver(new OutgoingNotification(815L, "grid01", Role.GRID_WORKER, null,
                "复查提醒 subject-marker", "body-marker"));
        assertThat(result).isEqualTo(DeliveryResult.sent());
        assertThat(output.getAll()).contains("815").doesNotContain("subject-marker").doesNotContain("body-marker")
                .doesNotContain("grid01");
    }
}
