package org.shuangsheng.notification.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.InvalidInputException.Violation;
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

    private NotificationText() {
    }

    /** The text with every ID number ({@code 230506********1234}) and mobile ({@code 138****5678}) masked. */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        return Masking.replace(LONG_DIGITS, Masking.inText(text), NotificationText::starMiddle);
    }

    /** A subject: one line, masked; refused when blank or longer than 100 characters. */
    public static String subject(String subject, List<Violation> violations) {
        String line = subject == null ? "" : oneLine(subject).strip();
        if (line.isEmpty()) {
            violations.add(new Violation("subject", "notification.subject.required"));
        } else if (line.length() > MAX_SUBJECT) {
            violations.add(new Violation("subject", "notification.subject.tooLong", MAX_SUBJECT));
        }
        return mask(line);
    }

    /** A body: masked; refused when longer than 1000 characters; null is empty. */
    public static String body(String body, List<Violation> violations) {
        String text = body == null ? "" : body.strip();
        if (text.length() > MAX_BODY) {
            violations.add(new Violation("body", "notification.body.tooLong", MAX_BODY));
        }
        return mask(text);
    }

    /** A reason to store and log: one line, masked, at most 200 characters. */
    public static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        String line = mask(oneLine(reason).strip());
        return line.length() <= MAX_REASON ? line : line.substring(0, MAX_REASON);
    }

    static List<Violation> violations() {
        return new ArrayList<>();
    }

    static void check(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
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

    private static String starMiddle(String digits) {
        return digits.substring(0, 3) + "*".repeat(digits.length() - 5) + digits.substring(digits.length() - 2);
    }
}
