package org.shuangsheng.command;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Runs a scheduled job once per cluster and day: every instance's scheduler fires, each tries to
 * claim the job's day, and only the one whose claim is inserted runs the work. Work that fails
 * gives its claim back, so that a rerun (or another instance) can still do the day.
 *
 * <pre>{@code
 * runs.runOnce("daily-quarantine-check", LocalDate.now(clock), () -> check(today));
 * }</pre>
 */
@Service
public class ScheduledRuns {

    static final int MAX_JOB = 64;

    private final JdbcClient jdbc;
    private final Clock clock;

    ScheduledRuns(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param job a name of at most 64 characters that no other job uses, such as
     *        {@code briefing.230506}
     * @return whether this call ran the work (false: the day was already claimed)
     */
    public boolean runOnce(String job, LocalDate day, Runnable work) {
        if (job == null || job.isBlank() || job.length() > MAX_JOB) {
            throw new IllegalArgumentException("a job name of 1 to " + MAX_JOB + " characters");
        }
        try {
            jdbc.sql("insert into command_run_claim (job, run_date, claimed_at) values (?, ?, ?)")
                    .params(job, day, Timestamp.from(clock.instant())).update();
        } catch (DuplicateKeyException e) {
            return false;
        }
        try {
            work.run();
            return true;
        } catch (RuntimeException e) {
            jdbc.sql("delete from command_run_claim where job = ? and run_date = ?").params(job, day).update();
            throw e;
        }
    }
}
