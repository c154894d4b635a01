package org.shuangsheng.shared;

/**
 * A unified social credit code (统一社会信用代码, GB 32100): registration authority, entity
 * category, 6-digit region code, 9-character organisation code (GB 11714), check character.
 *
 * <p>Two checks are made: the GB 32100 check character over the first 17 characters, and the GB
 * 11714 check character of the organisation code inside it (positions 9-17). The outer check
 * already catches every single wrong character; the inner one catches some double typos and
 * transpositions it misses. Real codes pass both, including those issued since 2015 with
 * {@code MA...} organisation codes (checked against a few hundred published codes).
 *
 * <p>The canonical constructor accepts only the normalised form; {@link #parse(String)} takes
 * what people type. Credit codes are public, so {@link #toString()} gives the whole value.
 */
public record Uscc(String value) {

    private static final int LENGTH = 18;

    /** GB 32100 character set: I, O, S, V and Z are left out so they cannot be misread. */
    private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private static final int[] ORGANIZATION_CODE_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private static final int ORGANIZATION_CODE_START = 8;

    /**
     * @throws InvalidValueException with key {@code invalid.uscc.format} or
     *     {@code invalid.uscc.checksum}
     */
    public Uscc {
        String problem = problem(value);
        if (problem != null) {
            throw new InvalidValueException(problem);
        }
    }

    /**
     * Parses a code typed by a person: surrounding whitespace and lowercase letters are accepted,
     * the value is normalised to uppercase.
     *
     * @throws InvalidValueException with key {@code invalid.uscc.format} or
     *     {@code invalid.uscc.checksum}
     */
    public static Uscc parse(String text) {
        return new Uscc(normalise(text));
    }

    /** Like {@link #parse(String)} succeeding, without the cost of an exception per bad row. */
    public static boolean isValid(String text) {
        return problem(normalise(text)) == null;
    }

    private static String normalise(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        // Anything longer is wrong anyway; no need to copy a huge string.
        return stripped.length() == LENGTH ? asciiUpperCase(stripped) : stripped;
    }

    /** The message key of what is wrong with the code, or null. */
    private static String problem(String value) {
        if (value == null || value.length() != LENGTH) {
            return "invalid.uscc.format";
        }
        for (int i = 0; i < LENGTH; i++) {
            if (CHARACTERS.indexOf(value.charAt(i)) < 0) {
                return "invalid.uscc.format";
            }
        }
        if (checkCharacter(value.substring(0, LENGTH - 1)) != value.charAt(LENGTH - 1)
                || organizationCodeCheckCharacter(value.substring(ORGANIZATION_CODE_START, LENGTH - 2))
                        != value.charAt(LENGTH - 2)) {
            return "invalid.uscc.checksum";
        }
        return null;
    }

    /**
     * The GB 32100 check character (position 18) for the first 17 characters, for test data and
     * generators.
     *
     * @throws InvalidValueException with key {@code invalid.uscc.format} unless given 17 characters
     *     of the code's character set
     */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != LENGTH - 1) {
            throw new InvalidValueException("invalid.uscc.format");
        }
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            int code = CHARACTERS.indexOf(first17.charAt(i));
            if (code < 0) {
                throw new InvalidValueException("invalid.uscc.format");
            }
            sum += code * WEIGHTS[i];
        }
        return CHARACTERS.charAt((31 - sum % 31) % 31);
    }

    /**
     * The GB 11714 check character (position 17) for the 8-character organisation code body
     * (positions 9-16), for test data and generators.
     *
     * @throws InvalidValueException with key {@code invalid.uscc.format} unless given 8 characters
     *     of the code's character set
     */
    public static char organizationCodeCheckCharacter(String body) {
        if (body == null || body.length() != ORGANIZATION_CODE_WEIGHTS.length) {
            throw new InvalidValueException("invalid.uscc.format");
        }
        int sum = 0;
        for (int i = 0; i < ORGANIZATION_CODE_WEIGHTS.length; i++) {
            char c = body.charAt(i);
            if (CHARACTERS.indexOf(c) < 0) {
                throw new InvalidValueException("invalid.uscc.format");
            }
            // GB 11714 counts letters from A = 10 over the full alphabet, unlike GB 32100.
            int code = c <= '9' ? c - '0' : c - 'A' + 10;
            sum += code * ORGANIZATION_CODE_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    // String.toUpperCase would turn e.g. the dotless ı into I; only ASCII letters are meant.
    private static String asciiUpperCase(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'a' && chars[i] <= 'z') {
                chars[i] = (char) (chars[i] - 'a' + 'A');
            }
        }
        return new String(chars);
    }

    @Override
    public String toString() {
        return value;
    }
}
