package org.shuangsheng.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 五日一复核: five days after resuming, then five days after each review; overdue from the day after. */
class FiveDayReviewScheduleTest {

    static final LocalDate RESUMED = LocalDate.of(2020, 3, 1);

    @Test
    void theFirstReviewFallsDueFiveDaysAfterResumingAndIsOverdueTheDayAfter() {
        LocalDate due = FiveDayReviewSchedule.nextDue(RESUMED, null);
        assertThat(due).isEqualTo(LocalDate.of(2020, 3, 6));
        assertThat(FiveDayReviewSchedule.isDue(due, LocalDate.of(2020, 3, 5))).isFalse();
        assertThat(FiveDayReviewSchedule.isDue(due, LocalDate.of(2020, 3, 6))).isTrue();
        assertThat(FiveDayReviewSchedule.isOverdue(due, LocalDate.of(2020, 3, 6))).isFalse();
        assertThat(FiveDayReviewSchedule.isOverdue(due, LocalDate.of(2020, 3, 7))).isTrue();
    }

    @Test
    void eachReviewSetsTheNextFiveDaysAfterItEvenWhenItCameLate() {
        assertThat(FiveDayReviewSchedule.nextDue(RESUMED, LocalDate.of(2020, 3, 6))).isEqualTo(LocalDate.of(2020, 3, 11));
        assertThat(FiveDayReviewSchedule.nextDue(RESUMED, LocalDate.of(2020, 3, 8))).isEqualTo(LocalDate.of(2020, 3, 13));
        // Across a month's end.
        assertThat(FiveDayReviewSchedule.nextDue(LocalDate.of(2020, 2, 27), null)).isEqualTo(LocalDate.of(2020, 3, 3));
    }
}
