package org.shuangsheng.shared;

/**
 * A mainland China phone number: an 11-digit mobile ({@code 13800138000}) or a landline with its
 * area code ({@code 0469-4221234}, {@code 010-12345678}). Extensions are not kept.
 *
 * <p>{@link #toString()} gives the masked form, so that a phone number written into a log line
 * by mistake does not leak. Use {@link #value()} where the full number is really needed.
 */
public final class PhoneNumber {

    /** Longer input is no phone number however many spaces it has; stops work on huge strings. */
    private static final int MAX_INPUT_LENGTH = 64;

    private static final int MOBILE_LENGTH = 11;

    private final String value;

    private final boolean mobile;

    private PhoneNumber(String value, boolean mobile) {
        this.value = value;
        this.mobile = mobile;
    }

    /**
     * Parses a number typed by a person. Spaces anywhere are ignored. A mobile may carry the
     * country code {@code +86} or {@code 0086} and hyphens ({@code 138-0013-8000}); a landline
     * may have a hyphen after the area code or none.
     *
     * @throws InvalidValueException with key {@code invalid.phone.format}
     */
    public static PhoneNumber parse(String text) {
        PhoneNumber phone = parseOrNull(text);
        if (phone == null) {
            throw new InvalidValueException("invalid.phone.format");
        }
        return phone;
    }

    /** Like {@link #parse(String)} succeeding, without the cost of an exception per bad row. */
    public static boolean isValid(String text) {
        return parseOrNull(text) != null;
    }

    static PhoneNumber parseOrNull(String text) {
        if (text == null || text.length() > MAX_INPUT_LENGTH) {
            return null;
        }
        String compact = withoutSpaces(text);
        String landline = landline(compact);
        if (landline != null) {
            return new PhoneNumber(landline, false);
        }
        String mobile = mobile(compact);
        return mobile == null ? null : new PhoneNumber(mobile, true);
    }

    /**
     * The landline as {@code area-local}, or null. Without a hyphen the split is still
     * unambiguous: the only three-digit area codes are 010 and 020-029, all others have four
     * digits, so {@code 01012345678} is Beijing and {@code 04694221234} is Shuangyashan.
     */
    private static String landline(String s) {
        if (s.length() < 3 || s.charAt(0) != '0') {
            return null;
        }
        int areaLength;
        if (s.charAt(1) == '1' && s.charAt(2) == '0' || s.charAt(1) == '2') {
            areaLength = 3;
        } else if (s.charAt(1) >= '3' && s.charAt(1) <= '9') {
            areaLength = 4;
        } else {
            return null;
        }
        if (s.length() <= areaLength || !isAsciiDigits(s, 0, areaLength)) {
            return null;
        }
        int localStart = s.charAt(areaLength) == '-' ? areaLength + 1 : areaLength;
        int localLength = s.length() - localStart;
        if (localLength < 7 || localLength > 8 || !isAsciiDigits(s, localStart, s.length())) {
            return null;
        }
        return s.substring(0, areaLength) + '-' + s.substring(localStart);
    }

    /** The 11 digits of a mobile, or null. */
    private static String mobile(String s) {
        String digits = s.replace("-", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        }
        if (digits.length() != MOBILE_LENGTH
                || digits.charAt(0) != '1'
                || digits.charAt(1) < '3'
                || !isAsciiDigits(digits, 1, MOBILE_LENGTH)) {
            return null;
        }
        return digits;
    }

    // Ideographic (full-width) and no-break spaces come in from copied text as often as ASCII ones.
    private static String withoutSpaces(String text) {
        StringBuilder compact = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                compact.append(c);
            }
        }
        return compact.toString();
    }

    // Character.isDigit would let full-width and other scripts' digits through.
    private static boolean isAsciiDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Mobile: 11 digits; landline: area code, hyphen, local number. Personal data: never log it. */
    public String value() {
        return value;
    }

    public boolean isMobile() {
        return mobile;
    }

    /** Mobile {@code 138****5678}; landline keeps the area code and last 4 digits: {@code 0469-***1234}. */
    public String masked() {
        if (mobile) {
            return value.substring(0, 3) + "****" + value.substring(7);
        }
        int hyphen = value.indexOf('-');
        int lastFour = value.length() - 4;
        return value.substring(0, hyphen + 1) + "*".repeat(lastFour - hyphen - 1) + value.substring(lastFour);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PhoneNumber that && value.equals(that.value);
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
