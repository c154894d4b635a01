package org.shuangsheng.shared;

/**
 * What a person may type into a name or a free-text field: no characters that change how the
 * text around them looks without being seen themselves.
 *
 * <p>Besides the control characters, this refuses the bidirectional formatting characters
 * (U+061C, U+200E, U+200F, U+202A to U+202E, U+2066 to U+2069). A right-to-left override in a
 * resident's name shows the name reversed in lists, exports and briefings, so that two records
 * look alike or a name reads as another; Chinese and English text never needs them.
 */
public final class TypedText {

    private TypedText() {
    }

    /**
     * The text as a field keeps it: surrounding whitespace stripped (ideographic spaces too, as
     * {@link String#strip()} does), and null when nothing is left, so "not given" has one form.
     */
    public static String stripped(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** True when the text holds a control or a bidirectional formatting character. */
    public static boolean hasHiddenControls(String text) {
        return hasHiddenControls(text, "");
    }

    /**
     * The same, but the characters in {@code allowed} pass: line breaks (and tabs) where the field
     * is a paragraph.
     */
    public static boolean hasHiddenControls(String text, String allowed) {
        return text != null && text.chars()
                .anyMatch(c -> allowed.indexOf(c) < 0 && (Character.isISOControl(c) || isBidiControl(c)));
    }

    private static boolean isBidiControl(int c) {
        return c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
                || (c >= '\u2066' && c <= '\u2069');
    }
}
