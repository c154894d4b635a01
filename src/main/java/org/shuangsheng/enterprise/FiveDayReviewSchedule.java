package org.shuangsheng.enterprise;

import java.time.LocalDate;

/**
 * 五日一复核: a resumed enterprise is reviewed five days after it resumed, then five days after
 * each review. A review is due on its day and overdue from the day after.
 */
public final class FiveDayReviewSchedule {

    public static final int DAYS = 5;

    private FiveDayReviewSchedule() {
    }

    /** The next review's date after resuming on {@code resumedOn} or reviewing on {@code lastReview}. */
    public static LocalDate nextDue(LocalDate resumedOn, LocalDate lastReview) {
        return (lastReview != null ? lastReview : resumedOn).plusDays(DAYS);
    }

    public static boolean isDue(LocalDate due, LocalDate today) {
        return due != null && !due.isAfter(today);
    }

    public static boolean isOverdue(LocalDate due, LocalDate today) {
        return due != null && due.isBefore(today);
    }
}
