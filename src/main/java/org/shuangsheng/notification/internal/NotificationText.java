package org.shuangsheng.notification.internal;

import java.util.regex.Pattern;
import org.shuangsheng.shared.Masking;

/**
 * The text guard of a message: no resident ID number and no full mobile number ever goes out,
 * and subject and body fit their columns. Masking keeps a text's length, so the limits hold for
 * what the caller wrote.
 */
public final class NotificationText {

    public static final int MAX_SUBJECT = 100;
    public static final int MAX_BODY = 1000;
    public static final int MAX_DEDUP_KEY = 200;
    public static final int MAX_REASON = 200;

    /** What is left of a long digit run that is neither: still never eleven digits in a row. */
    private static final Pattern LONG_DIGITS = Pattern.compile("[0-9]{11,}[Xx]?");
    /**
     * A community (12 digits) or grid (14 digits) code, as the region module numbers them under a
     * province code (11–82): public, not personal, so a message may name it. One with a
     * mobile-shaped run inside is masked all the same.
     */
    private static final Pattern REGION_CODE = Pattern.compile("[1-8][0-9]{11}|[1-8][0-9]{13}");
    private static final Pattern MOBILE_INSIDE = Pattern.compile("1[3-9][0-9]{9}");

    private NotificationText() {
    }

    /**
     * The text with every ID number ({@code 230506********1234}) and mobile ({@code 138****5678})
     * masked, and every other run of eleven or more digits starred in the middle, except a region
     * code ({@code 23050600100101} is a grid, not an ID number).
     */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        return Masking.replace(LONG_DIGITS, Masking.inText(text), NotificationText::unlessRegionCode);
    }

    /**
     * A subject as stored: one line, masked; that it holds something and fits is the rule of
     * {@link Subject} on {@code NotificationRequest}.
     */
    public static String subject(String subject) {
        return mask(line(subject));
    }

    /** A body as stored: stripped and masked; null is empty. */
    public static String body(String body) {
        return mask(body == null ? "" : body.strip());
    }

    /** A reason to store and log: one line, masked, at most 200 characters. */
    public static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        String line = mask(line(reason));
        return line.length() <= MAX_REASON ? line : line.substring(0, MAX_REASON);
    }

    /** The text on one line, stripped; empty for null. */
    static String line(String text) {
        return text == null ? "" : oneLine(text).strip();
    }

    private static String oneLine(String text) {
        StringBuilder line = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = Character.getType(c);
            boolean invisible = Character.isISOControl(c) || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.FORMAT;
            line.append(invisible ? ' ' : c);
        }
        return line.toString();
    }

    private static String unlessRegionCode(String digits) {
        boolean regionCode = REGION_CODE.matcher(digits).matches() && !MOBILE_INSIDE.matcher(digits).find();
        return regionCode ? digits : starMiddle(digits);
    }

    private static String starMiddle(String digits) {
        return digits.substring(0, 3) + "*".repeat(digits.length() - 5) + digits.substring(digits.length() - 2);
    }
}
