package org.shuangsheng.command.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.shuangsheng.shared.InvalidInputException;

/** The {@code date} parameter of the dashboard: an ISO date, today or before; blank means today. */
final class DashboardDates {

    private DashboardDates() {
    }

    /** @return the day asked for, or {@code null} for today */
    static LocalDate parse(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("date", "dashboard.date.invalid");
        }
        if (date.isAfter(today)) {
            throw new InvalidInputException("date", "dashboard.date.future");
        }
        return date;
    }
}
