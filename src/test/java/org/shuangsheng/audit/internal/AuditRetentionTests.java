package org.shuangsheng.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class AuditRetentionTests {

    final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(AuditConfiguration.class);

    @Test
    void recordsAreKept365DaysUnlessConfigured() {
        context.run(started -> assertThat(started.getBean(AuditProperties.class).retention())
                .isEqualTo(Duration.ofDays(365)));
        context.withPropertyValues("shuangsheng.audit.retention=180d")
                .run(started -> assertThat(started.getBean(AuditProperties.class).retention())
                        .isEqualTo(Duration.ofDays(180)));
    }

    @Test
    void aRetentionBelow180DaysStopsTheStartWithAClearMessage() {
        context.withPropertyValues("shuangsheng.audit.retention=179d").run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause()
                    .hasMessageContaining("shuangsheng.audit.retention must be at least 180 days")
                    .hasMessageContaining("179 days");
        });
        context.withPropertyValues("shuangsheng.audit.retention=0").run(started -> assertThat(started).hasFailed());
    }
}
