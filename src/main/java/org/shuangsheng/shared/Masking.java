package org.shuangsheng.shared;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masked forms of personal data for lists, exports and logs (FIELD.md: ID {@code
 * 230506********1234}, phone {@code 138****5678}, name {@code 王*}).
 *
 * <p>These take raw strings, valid or not, because stored data is not always clean (imports,
 * data from before validation existed) and a malformed ID number is still an ID number. They
 * never throw and never return null. Text that is not a recognisable ID number or phone keeps at
 * most its first 3 and last 2 characters, and only when it has 8 or more; shorter text is all
 * stars. Of such text only letters and digits are shown, so a control character or line break
 * from a bad record cannot reach a log line through a masked value.
 */
public final class Masking {

    private static final char STAR = '*';
    private static final Pattern ID_IN_TEXT = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])");
    private static final Pattern MOBILE_IN_TEXT = Pattern.compile("(?<![0-9])1[0-9]{10}(?![0-9])");

    private Masking() {
    }

    /** First 6 and last 4 of anything shaped like an 18-character ID number, else the general rule. */
    public static String idNumber(String text) {
        if (text == null) {
            return "";
        }
        String stripped = text.strip();
        if (looksLikeIdNumber(stripped)) {
            return stripped.substring(0, 6) + "********" + stripped.substring(14).replace('x', 'X');
        }
        return other(stripped);
    }

    /** {@code 138****5678} or {@code 0469-***1234} for a valid number, else the general rule. */
    public static String phone(String text) {
        if (text == null) {
            return "";
        }
        PhoneNumber phone = PhoneNumber.parseOrNull(text);
        return phone != null ? phone.masked() : other(text.strip());
    }

    /**
     * The first character and a star for each further one: {@code 王*}, {@code 欧***}; a
     * one-character name is {@code *}. Counts code points, so a name with a CJK Extension B
     * character (a surrogate pair in Java) gets one star for it, not two, and is never cut in half.
     */
    public static String name(String text) {
        if (text == null) {
            return "";
        }
        String stripped = text.strip();
        int length = stripped.codePointCount(0, stripped.length());
        if (length == 0) {
            return "";
        }
        int first = stripped.codePointAt(0);
        if (length == 1 || !Character.isLetter(first)) {
            return stars(length);
        }
        return new StringBuilder().appendCodePoint(first).append(stars(length - 1)).toString();
    }

    /**
     * A free text with every run of characters shaped like a resident ID number masked as
     * {@link #idNumber} and every 11-digit run starting with 1 (a mobile number) as {@link #phone};
     * other text, such as a 14-digit grid code, stays as it is. Null gives null.
     */
    public static String inText(String text) {
        if (text == null) {
            return null;
        }
        return replace(MOBILE_IN_TEXT, replace(ID_IN_TEXT, text, Masking::idNumber), Masking::phone);
    }

    /** Every match of the pattern in the text put through the masking. */
    public static String replace(Pattern pattern, String text,
            UnaryOperator<String> masking) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            matcher.appendReplacement(out, Matcher.quoteReplacement(masking.apply(matcher.group())));
        } while (matcher.find());
        matcher.appendTail(out);
        return out.toString();
    }

    private static boolean looksLikeIdNumber(String s) {
        if (s.length() != 18) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        char last = s.charAt(17);
        return last >= '0' && last <= '9' || last == 'X' || last == 'x';
    }

    private static String other(String text) {
        int[] codePoints = text.codePoints().toArray();
        int length = codePoints.length;
        if (length < 8) {
            return stars(length);
        }
        StringBuilder masked = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            boolean shown = (i < 3 || i >= length - 2) && Character.isLetterOrDigit(codePoints[i]);
            if (shown) {
                masked.appendCodePoint(codePoints[i]);
            } else {
                masked.append(STAR);
            }
        }
        return masked.toString();
    }

    private static String stars(int count) {
        return String.valueOf(STAR).repeat(count);
    }
}
