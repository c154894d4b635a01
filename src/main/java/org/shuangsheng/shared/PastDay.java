package org.shuangsheng.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A {@code date} parameter naming a day that has happened: an ISO date, today or before; blank
 * means "today". Figures for a day to come do not exist yet, so a future date is refused rather
 * than answered with zeros.
 */
public final class PastDay {

    private PastDay() {
    }

    /**
     * @param messagePrefix the refusals are {@code <prefix>.invalid} and {@code <prefix>.future},
     *        reported on the field {@code date}
     * @return the day asked for; empty for a blank parameter
     */
    public static Optional<LocalDate> parse(String text, LocalDate today, String messagePrefix) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("date", messagePrefix + ".invalid");
        }
        if (date.isAfter(today)) {
            throw new InvalidInputException("date", messagePrefix + ".future");
        }
        return Optional.of(date);
    }
}
