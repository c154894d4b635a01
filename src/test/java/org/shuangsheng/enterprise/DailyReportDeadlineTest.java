package org.shuangsheng.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The report deadline is 10:00 in the district (Asia/Shanghai), whatever zone the server's clock runs in. */
class DailyReportDeadlineTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final DailyReportDeadline TEN = DailyReportDeadline.of(SHANGHAI, LocalTime.of(10, 0));

    @Test
    void aReportAt0959LocalIsOnTimeAndAt1001LocalIsLateOnAServerClockInUtc() {
        Clock at0959 = Clock.fixed(Instant.parse("2020-03-18T01:59:00Z"), ZoneOffset.UTC);
        Clock at1001 = Clock.fixed(Instant.parse("2020-03-18T02:01:00Z"), ZoneOffset.UTC);
        LocalDate day = TEN.today(at0959);
        assertThat(day).isEqualTo(LocalDate.of(2020, 3, 18));
        assertThat(TEN.isLate(at0959.instant(), day)).isFalse();
        assertThat(TEN.today(at1001)).isEqualTo(day);
        assertThat(TEN.isLate(at1001.instant(), day)).isTrue();
        assertThat(TEN.isLate(Instant.parse("2020-03-18T02:00:00Z"), day)).as("exactly 10:00").isFalse();
    }

    @Test
    void todayIsTheDistrictsDateEvenWhileItIsStillYesterdayInUtc() {
        Clock lateEveningUtc = Clock.fixed(Instant.parse("2020-03-17T16:30:00Z"), ZoneOffset.UTC);
        assertThat(TEN.today(lateEveningUtc)).isEqualTo(LocalDate.of(2020, 3, 18));
        // 00:30 local on the 18th is well before that day's deadline.
        assertThat(TEN.isLate(lateEveningUtc.instant(), LocalDate.of(2020, 3, 18))).isFalse();
        // A report for the 17th filed then would be late.
        assertThat(TEN.isLate(lateEveningUtc.instant(), LocalDate.of(2020, 3, 17))).isTrue();
    }

    @Test
    void theDeadlineIsConfigurable() {
        DailyReportDeadline nine = DailyReportDeadline.of(SHANGHAI, LocalTime.of(9, 0));
        assertThat(nine.isLate(Instant.parse("2020-03-18T01:30:00Z"), LocalDate.of(2020, 3, 18))).isTrue();
        assertThat(nine.dueBy(LocalDate.of(2020, 3, 18))).isEqualTo(Instant.parse("2020-03-18T01:00:00Z"));
    }

    @Test
    void theFirstReportFiled55MinutesAfterResumingAt1030IsOnTime() {
        LocalDate day = LocalDate.of(2020, 3, 18);
        Instant resumed = Instant.parse("2020-03-18T02:30:00Z");
        assertThat(TEN.isLate(Instant.parse("2020-03-18T03:25:00Z"), day, resumed)).isFalse();
        assertThat(TEN.isLate(Instant.parse("2020-03-18T03:25:00Z"), day, null)).as("resumption unknown").isTrue();
        // The window is the normal day's ten hours, counted from 10:30: due by 20:30 local.
        assertThat(TEN.isLate(Instant.parse("2020-03-18T12:30:00Z"), day, resumed)).isFalse();
        assertThat(TEN.isLate(Instant.parse("2020-03-18T12:31:00Z"), day, resumed)).isTrue();
    }

    @Test
    void resumingJustAfterMidnightOrOnAnotherDayKeepsTheDaysDeadline() {
        LocalDate day = LocalDate.of(2020, 3, 18);
        Instant atMidnight = Instant.parse("2020-03-17T16:00:00Z");
        assertThat(TEN.isLate(Instant.parse("2020-03-18T01:59:00Z"), day, atMidnight)).isFalse();
        assertThat(TEN.isLate(Instant.parse("2020-03-18T02:01:00Z"), day, atMidnight)).isTrue();
        Instant yesterday = Instant.parse("2020-03-17T10:00:00Z");
        assertThat(TEN.isLate(Instant.parse("2020-03-18T03:25:00Z"), day, yesterday)).isTrue();
    }
}
