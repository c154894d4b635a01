package org.shuangsheng.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.junit.jupiter.api.Test;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances on one database: while the other instance holds a job's lock, this instance's
 * scheduler firing the same job does nothing; once it is released, the job runs here. The job is
 * the hourly forgetting of idempotent answers, whose effect a test can see: an answer from 2020.
 */
@PlatformTest
class ClusterLockTests {

    static final String JOB = IdempotencyFilter.Forgetting.FORGETTING;

    @Autowired
    IdempotencyFilter.Forgetting forgetting;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aJobRunsOnOneInstanceAtATime() {
        // A lock left by an earlier run of this test would outlast its lockAtLeastFor.
        jdbc.update("delete from shedlock where name = ?", JOB);
        String user = TestData.tag("lock");
        jdbc.update("insert into identity_idempotent_request (username, request_key, request_hash, created_at) "
                + "values (?, 'k', 'h', ?)", user, Timestamp.from(Instant.parse("2020-03-18T00:00:00Z")));

        LockProvider otherInstance = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().withLockedByValue("other-instance")
                .build());
        SimpleLock held = otherInstance.lock(new LockConfiguration(Instant.now(), JOB, Duration.ofMinutes(10),
                Duration.ZERO)).orElseThrow();
        try {
            forgetting.forgetOldAnswers();
            assertThat(answersOf(user)).isEqualTo(1);
        } finally {
            held.unlock();
        }

        forgetting.forgetOldAnswers();
        assertThat(answersOf(user)).isZero();
        jdbc.update("delete from shedlock where name = ?", JOB);
    }

    private Integer answersOf(String user) {
        return jdbc.queryForObject("select count(*) from identity_idempotent_request where username = ?",
                Integer.class, user);
    }
}
