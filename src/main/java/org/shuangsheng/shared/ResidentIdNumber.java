package org.shuangsheng.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A resident identity card number (GB 11643): 6-digit address code, 8-digit birth date, 3-digit
 * sequence (odd for men), check character.
 *
 * <p>Only the 18-character form is accepted: first-generation 15-digit cards expired in 2013.
 *
 * <p>{@link #toString()} gives the masked form, so that an ID number written into a log line or
 * string concatenation by mistake does not leak. Use {@link #value()} where the full number is
 * really needed (encryption, keyed hash).
 */
public final class ResidentIdNumber {

    /** The district's zone: a child born today in Heilongjiang must not be "born in the future". */
    private static final ZoneId DISTRICT_ZONE = ZoneId.of("Asia/Shanghai");

    private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    private static final int LENGTH = 18;

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    /** Indexed by the weighted sum mod 11. */
    private static final String CHECK_CHARACTERS = "10X98765432";

    private final String value;

    private final LocalDate birthDate;

    private ResidentIdNumber(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    /** Parses against today's date in the district's zone. */
    public static ResidentIdNumber parse(String text) {
        return parse(text, Clock.system(DISTRICT_ZONE));
    }

    /** Parses against the clock's date, so tests and scheduled jobs can fix "today". */
    public static ResidentIdNumber parse(String text, Clock clock) {
        return parse(text, LocalDate.now(clock));
    }

    /**
     * Parses an ID number typed by a person: surrounding whitespace and a lowercase {@code x} are
     * accepted, the value is normalised to uppercase.
     *
     * @param today birth dates after this day are rejected
     * @throws InvalidValueException with key {@code invalid.idNumber.format},
     *     {@code invalid.idNumber.checksum} or {@code invalid.idNumber.birthDate}
     */
    public static ResidentIdNumber parse(String text, LocalDate today) {
        Objects.requireNonNull(today, "today");
        String value = normalise(text);
        if (value == null) {
            throw new InvalidValueException("invalid.idNumber.format");
        }
        String problem = problem(value, today);
        if (problem != null) {
            throw new InvalidValueException(problem);
        }
        return new ResidentIdNumber(value, birthDate(value));
    }

    public static boolean isValid(String text) {
        return isValid(text, LocalDate.now(DISTRICT_ZONE));
    }

    /** Like {@link #parse(String, LocalDate)} succeeding, without the cost of an exception per bad row. */
    public static boolean isValid(String text, LocalDate today) {
        Objects.requireNonNull(today, "today");
        String value = normalise(text);
        return value != null && problem(value, today) == null;
    }

    /**
     * The check character for the first 17 digits, for test data and generators that need valid
     * numbers.
     *
     * @throws InvalidValueException with key {@code invalid.idNumber.format} unless given exactly 17
     *     ASCII digits
     */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != LENGTH - 1 || !isAsciiDigits(first17, 0, LENGTH - 1)) {
            throw new InvalidValueException("invalid.idNumber.format");
        }
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** The uppercase 18 characters if the text has the right shape, else null. */
    private static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() != LENGTH || !isAsciiDigits(stripped, 0, LENGTH - 1)) {
            return null;
        }
        char last = stripped.charAt(LENGTH - 1);
        if (last == 'x') {
            return stripped.substring(0, LENGTH - 1) + 'X';
        }
        return last == 'X' || isAsciiDigit(last) ? stripped : null;
    }

    /** The message key of what is wrong with a well-shaped number, or null. */
    private static String problem(String value, LocalDate today) {
        if (checkCharacter(value.substring(0, LENGTH - 1)) != value.charAt(LENGTH - 1)) {
            return "invalid.idNumber.checksum";
        }
        LocalDate birthDate = birthDate(value);
        if (birthDate == null || birthDate.isBefore(EARLIEST_BIRTH_DATE) || birthDate.isAfter(today)) {
            return "invalid.idNumber.birthDate";
        }
        return null;
    }

    /** The date in positions 7-14, or null when it is no calendar date (e.g. 19490230). */
    private static LocalDate birthDate(String value) {
        int year = Integer.parseInt(value, 6, 10, 10);
        int month = Integer.parseInt(value, 10, 12, 10);
        int day = Integer.parseInt(value, 12, 14, 10);
        if (month < 1 || month > 12 || day < 1 || day > Year.of(year).atMonth(month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    // Character.isDigit would let full-width and other scripts' digits through.
    private static boolean isAsciiDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isAsciiDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The full 18-character number, uppercase. Personal data: never log it. */
    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** The GB/T 2260 code of the place of first registration (not necessarily where the person lives now). */
    public String addressCode() {
        return value.substring(0, 6);
    }

    /** First 6 and last 4 characters, e.g. {@code 230506********1234}. */
    public String masked() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResidentIdNumber that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The masked form: see the class comment. */
    @Override
    public String toString() {
        return masked();
    }
}
