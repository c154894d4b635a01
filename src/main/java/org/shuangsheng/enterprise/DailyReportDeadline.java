package org.shuangsheng.enterprise;

import java.time.Clock;
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
 * local, {@code shuangsheng.enterprise.daily-report-deadline}) is late.
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

    public LocalTime deadline() {
        return deadline;
    }

    public ZoneId zone() {
        return zone;
    }
}
