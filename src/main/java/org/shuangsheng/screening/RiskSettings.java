package org.shuangsheng.screening;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.InvalidInputException.Violation;

/**
 * The risk rule set as data (FIELD.md, health-code style rules): thresholds, day counts and the
 * level each kind of finding gives. Stored one row per key; {@link #parse} checks every value.
 */
public record RiskSettings(BigDecimal feverThreshold, int lookbackDays, int quarantineDays, int greenAfterRed,
        int greenAfterYellow, RiskLevel fever, RiskLevel symptoms, RiskLevel contact, RiskLevel highArea,
        RiskLevel mediumArea, RiskLevel missedCheckIn, int checkInDeadlineHour) {

    public static final String FEVER_THRESHOLD = "fever.threshold";
    public static final String LOOKBACK_DAYS = "lookback.days";
    public static final String QUARANTINE_DAYS = "order.days";
    public static final String GREEN_AFTER_RED = "green.after.red";
    public static final String GREEN_AFTER_YELLOW = "green.after.yellow";
    public static final String LEVEL_FEVER = "level.fever";
    public static final String LEVEL_SYMPTOMS = "level.symptoms";
    public static final String LEVEL_CONTACT = "level.contact";
    public static final String LEVEL_HIGH_AREA = "level.high.area";
    public static final String LEVEL_MEDIUM_AREA = "level.medium.area";
    public static final String LEVEL_MISSED_CHECK_IN = "level.missed.checkin";
    public static final String CHECK_IN_DEADLINE_HOUR = "checkin.deadline.hour";

    /** Every key, in the order the settings page shows them. */
    public static final List<String> KEYS = List.of(FEVER_THRESHOLD, LOOKBACK_DAYS, QUARANTINE_DAYS, GREEN_AFTER_RED,
            GREEN_AFTER_YELLOW, LEVEL_FEVER, LEVEL_SYMPTOMS, LEVEL_CONTACT, LEVEL_HIGH_AREA, LEVEL_MEDIUM_AREA,
            LEVEL_MISSED_CHECK_IN, CHECK_IN_DEADLINE_HOUR);

    /** The rules of FIELD.md (Hangzhou / Heilongjiang 2020), as the migration seeds them. */
    public static final RiskSettings DEFAULTS = new RiskSettings(new BigDecimal("37.3"), 14, 14, 14, 7,
            RiskLevel.YELLOW, RiskLevel.YELLOW, RiskLevel.RED, RiskLevel.RED, RiskLevel.YELLOW, RiskLevel.YELLOW, 10);

    private static final BigDecimal LOWEST_FEVER = new BigDecimal("36.0");
    private static final BigDecimal HIGHEST_FEVER = new BigDecimal("42.0");

    /** The settings as rows, key to value, in {@link #KEYS} order. */
    public Map<String, String> asMap() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(FEVER_THRESHOLD, feverThreshold.toPlainString());
        values.put(LOOKBACK_DAYS, Integer.toString(lookbackDays));
        values.put(QUARANTINE_DAYS, Integer.toString(quarantineDays));
        values.put(GREEN_AFTER_RED, Integer.toString(greenAfterRed));
        values.put(GREEN_AFTER_YELLOW, Integer.toString(greenAfterYellow));
        values.put(LEVEL_FEVER, fever.name());
        values.put(LEVEL_SYMPTOMS, symptoms.name());
        values.put(LEVEL_CONTACT, contact.name());
        values.put(LEVEL_HIGH_AREA, highArea.name());
        values.put(LEVEL_MEDIUM_AREA, mediumArea.name());
        values.put(LEVEL_MISSED_CHECK_IN, missedCheckIn.name());
        values.put(CHECK_IN_DEADLINE_HOUR, Integer.toString(checkInDeadlineHour));
        return values;
    }

    /** Normal daily check-ins (or normal visits on distinct days) that bring a level back to GREEN. */
    public int normalDaysToGreen(RiskLevel from) {
        return switch (from) {
            case RED -> greenAfterRed;
            case YELLOW -> greenAfterYellow;
            case GREEN -> 0;
        };
    }

    /**
     * Reads every key; each missing or bad value is reported under its key, with
     * {@code quarantine.setting.invalid.*} messages.
     */
    public static RiskSettings parse(Map<String, String> values) {
        Reading reading = new Reading(values);
        BigDecimal fever = reading.temperature(FEVER_THRESHOLD, LOWEST_FEVER, HIGHEST_FEVER);
        int lookback = reading.number(LOOKBACK_DAYS, 1, 60);
        int quarantine = reading.number(QUARANTINE_DAYS, 1, 60);
        int afterRed = reading.number(GREEN_AFTER_RED, 1, 60);
        int afterYellow = reading.number(GREEN_AFTER_YELLOW, 1, 60);
        RiskLevel feverLevel = reading.level(LEVEL_FEVER);
        RiskLevel symptoms = reading.level(LEVEL_SYMPTOMS);
        RiskLevel contact = reading.level(LEVEL_CONTACT);
        RiskLevel high = reading.level(LEVEL_HIGH_AREA);
        RiskLevel medium = reading.level(LEVEL_MEDIUM_AREA);
        RiskLevel missed = reading.level(LEVEL_MISSED_CHECK_IN);
        int hour = reading.number(CHECK_IN_DEADLINE_HOUR, 0, 23);
        if (reading.refused.isEmpty() && high.compareTo(medium) < 0) {
            reading.refused.add(new Violation(LEVEL_HIGH_AREA, "quarantine.setting.invalid.highBelowMedium"));
        }
        if (!reading.refused.isEmpty()) {
            throw new InvalidInputException(reading.refused);
        }
        return new RiskSettings(fever, lookback, quarantine, afterRed, afterYellow, feverLevel, symptoms, contact,
                high, medium, missed, hour);
    }

    /**
     * The settings are rows of a key and its text, not a command record: each value is read and
     * checked under its key here, and what was wrong is kept for one answer.
     */
    private static final class Reading {

        private final Map<String, String> values;
        private final List<Violation> refused = new ArrayList<>();

        Reading(Map<String, String> values) {
            this.values = values;
        }

        private String value(String key) {
            String value = values.get(key);
            return value == null ? "" : value.strip();
        }

        BigDecimal temperature(String key, BigDecimal min, BigDecimal max) {
            try {
                BigDecimal value = new BigDecimal(value(key));
                if (value.scale() <= 1 && value.compareTo(min) >= 0 && value.compareTo(max) <= 0) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // refused below
            }
            refused.add(new Violation(key, "quarantine.setting.invalid.temperature", min, max));
            return null;
        }

        int number(String key, int min, int max) {
            String text = value(key);
            if (text.matches("\\d{1,3}")) {
                int value = Integer.parseInt(text);
                if (value >= min && value <= max) {
                    return value;
                }
            }
            refused.add(new Violation(key, "quarantine.setting.invalid.number", min, max));
            return 0;
        }

        RiskLevel level(String key) {
            String text = value(key);
            for (RiskLevel level : RiskLevel.values()) {
                if (level.name().equals(text)) {
                    return level;
                }
            }
            refused.add(new Violation(key, "quarantine.setting.invalid.level"));
            return null;
        }
    }
}
