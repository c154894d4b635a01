package org.shuangsheng.shared;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A job's claim of a day, for work that must be done once per district and day even across
 * restarts (the daily briefing, the morning quarantine check). The cluster lock of a scheduled
 * job ({@code @SchedulerLock}) only keeps two instances from running it at the same moment;
 * it does not remember that 06:00 was already done when an instance restarts at 06:05, or when
 * an official starts the same day's run by hand. Work that fails gives its claim back, so that
 * a rerun (or another instance) can still do the day.
 *
 * <pre>{@code
 * runs.runOnce("daily-quarantine-check", LocalDate.now(clock), () -> check(today));
 * }</pre>
 *
 * The claims live in {@code command_run_claim}, the table this began with.
 */
public class DailyRuns {

    static final int MAX_JOB = 64;

    private final JdbcClient jdbc;
    private final Clock clock;

    public DailyRuns(JdbcClient jdbc, Clock clock) {
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
