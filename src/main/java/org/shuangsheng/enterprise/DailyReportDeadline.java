package org.shuangsheng.enterprise;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When a daily report is due: "today" is the date in the district's zone, whatever the
 * server's clock zone, and a report first filed after the deadline of its day (default 10:00
 * local, {@code shuangsheng.enterprise.daily-report-deadline}) is late; on the day an
 * enterprise resumes, the window is counted from its resumption.
 */
@Component
public class DailyReportDeadline {

    private final ZoneId zone;
    private final LocalTime deadline;

    DailyReportDeadline(@Value("${shuangsheng.zone:Asia/Shanghai}") ZoneId zone,
            @Value("${shuangsheng.enterprise.daily-report-deadline:10:00}") LocalTime deadline) {
        this.zone = Objects.requireNonNull(zone);
        this.deadline = Objects.requireNonNull(deadline);
    }

    public static DailyReportDeadline of(ZoneId zone, LocalTime deadline) {
        return new DailyReportDeadline(zone, deadline);
    }

    /** The district's date at this clock's instant. */
    public LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** The moment reports of this day become late. */
    public Instant dueBy(LocalDate day) {
        return ZonedDateTime.of(day, deadline, zone).toInstant();
    }

    public boolean isLate(Instant submittedAt, LocalDate day) {
        return submittedAt.isAfter(dueBy(day));
    }

    /**
     * Whether a report of this day is late for an enterprise that resumed at {@code resumedAt}
     * (null when unknown). On the day it resumes an enterprise gets the same window a normal
     * day gives, from midnight to the deadline, counted from its resumption instead: one that
     * resumes at 10:30 cannot have filed by 10:00.
     */
    public boolean isLate(Instant submittedAt, LocalDate day, Instant resumedAt) {
        if (resumedAt == null || !LocalDate.ofInstant(resumedAt, zone).equals(day)) {
            return isLate(submittedAt, day);
        }
        Duration window = Duration.between(LocalTime.MIDNIGHT, deadline);
        Instant due = resumedAt.plus(window);
        return submittedAt.isAfter(due.isAfter(dueBy(day)) ? due : dueBy(day));
    }

    public LocalTime deadline() {
        return deadline;
    }

    public ZoneId zone() {
        return zone;
    }
}
