package org.shuangsheng;

import java.time.Clock;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.shuangsheng.shared.DailyRuns;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Scheduled jobs run once per cluster: every instance's scheduler fires, and a job annotated
 * {@code @SchedulerLock} runs only on the instance that takes its row in {@code shedlock}. The
 * database's clock decides when a lock ends, so instances whose clocks drift apart still agree.
 * A job that must also run only once per day across restarts claims the day with
 * {@link DailyRuns}.
 */
@Configuration
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulingConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    @Bean
    DailyRuns dailyRuns(JdbcClient jdbc, Clock clock) {
        return new DailyRuns(jdbc, clock);
    }
}
