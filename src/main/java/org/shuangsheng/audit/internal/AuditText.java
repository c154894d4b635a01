package org.shuangsheng.audit.internal;

import org.shuangsheng.shared.Masking;

/**
 * Makes text safe to keep in the audit log and to show in a log line, a page or a spreadsheet:
 * one line, bounded, with no personal numbers in it.
 */
public final class AuditText {

    private AuditText() {
    }

    /**
     * The text on one line: line breaks (CR, LF, NEL, U+2028/9), other control characters and
     * invisible format characters (such as bidirectional overrides, which can make a viewer show
     * a line differently from what it holds) become spaces, so a forged "second line" stays
     * visibly inside the first. Digit runs shaped like a resident ID number or a mobile number
     * are masked: callers must not pass them, and this is the last line of defence if one does.
     * Cut to {@code max} characters, never inside a surrogate pair. Null or blank gives null.
     */
    public static String line(String text, int max) {
        if (text == null) {
            return null;
        }
        StringBuilder cleaned = new StringBuilder(Math.min(text.length(), max * 2 + 16));
        for (int i = 0; i < text.length() && cleaned.length() <= max * 2 + 16; i++) {
            char c = text.charAt(i);
            cleaned.append(isInvisible(c) ? ' ' : c);
        }
        String masked = mask(cleaned.toString()).strip();
        if (masked.isEmpty()) {
            return null;
        }
        if (masked.length() <= max) {
            return masked;
        }
        int end = Character.isHighSurrogate(masked.charAt(max - 1)) ? max - 1 : max;
        return masked.substring(0, end);
    }

    private static boolean isInvisible(char c) {
        if (Character.isISOControl(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.FORMAT;
    }

    private static String mask(String text) {
        return Masking.inText(text);
    }
}
