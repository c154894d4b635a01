package org.shuangsheng.shared.table;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** How cell text is cleaned on the way in and made safe on the way out. */
final class CellText {

    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private CellText() {
    }

    /**
     * The text without surrounding white space, counting also the no-break space, the ideographic
     * (full-width) space, zero-width spaces and a byte order mark, which pasted Chinese text often
     * carries.
     */
    static String trim(String text) {
        if (text == null) {
            return "";
        }
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '\uFEFF' || c == '\u200B';
    }

    /**
     * The text with a leading {@code '} when a spreadsheet would otherwise take it as a formula:
     * when it starts with {@code = + - @}, a tab or a carriage return (OWASP, CSV injection).
     */
    static String guard(String text) {
        if (text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    /**
     * The guarded text of a value that is not written as a number: dates as {@code yyyy-MM-dd},
     * date-times as {@code yyyy-MM-dd HH:mm:ss}, anything else by {@code toString()}; null as empty.
     */
    static String of(Object value) {
        if (value == null) {
            return "";
        }
        String text;
        if (value instanceof LocalDate date) {
            text = date.toString();
        } else if (value instanceof LocalDateTime dateTime) {
            text = DATE_TIME.format(dateTime.truncatedTo(ChronoUnit.SECONDS));
        } else {
            text = value.toString();
        }
        return guard(text);
    }

    /**
     * A number as its exact decimal value, or null for a binary floating-point number (double,
     * float) or a kind of number this class does not know.
     */
    static BigDecimal exact(Number number) {
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        if (number instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (number instanceof Long || number instanceof Integer || number instanceof Short
                || number instanceof Byte || number instanceof AtomicInteger
                || number instanceof AtomicLong) {
            return BigDecimal.valueOf(number.longValue());
        }
        return null;
    }

    /** A number written out in full, never in scientific notation. */
    static String plain(Number number) {
        BigDecimal exact = exact(number);
        if (exact != null) {
            return exact.toPlainString();
        }
        double value = number.doubleValue();
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        return decimal.signum() == 0 ? "0" : decimal.toPlainString();
    }

    /**
     * The text with the {@code _xHHHH_} escapes of Office Open XML strings decoded, as Excel
     * shows them ({@code _x000D_} is a carriage return).
     */
    static String decodeEscapes(String text) {
        int at = text.indexOf("_x");
        if (at < 0) {
            return text;
        }
        StringBuilder decoded = new StringBuilder(text.length());
        int from = 0;
        while (at >= 0) {
            if (at + 7 <= text.length() && text.charAt(at + 6) == '_' && isHex(text, at + 2, at + 6)) {
                decoded.append(text, from, at).append((char) Integer.parseInt(text.substring(at + 2, at + 6), 16));
                from = at + 7;
                at = text.indexOf("_x", from);
            } else {
                at = text.indexOf("_x", at + 1);
            }
        }
        return decoded.append(text, from, text.length()).toString();
    }

    /**
     * The text with every underscore that starts an {@code _xHHHH_} pattern escaped as
     * {@code _x005F_}, so that Excel (and {@link #decodeEscapes}) shows the pattern as written.
     */
    static String escapeEscapes(String text) {
        int at = text.indexOf("_x");
        if (at < 0) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        int from = 0;
        while (at >= 0) {
            if (at + 7 <= text.length() && text.charAt(at + 6) == '_' && isHex(text, at + 2, at + 6)) {
                escaped.append(text, from, at).append("_x005F");
                from = at;
            }
            at = text.indexOf("_x", at + 1);
        }
        return escaped.append(text, from, text.length()).toString();
    }

    private static boolean isHex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * How many character widths the longest line of a text takes on screen: Chinese characters
     * and other full-width forms count two, everything else one.
     */
    static int displayWidth(String text) {
        int longest = 0;
        int line = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line = 0;
            } else if (!Character.isLowSurrogate(c)) {
                line += isWide(c) ? 2 : 1;
                longest = Math.max(longest, line);
            }
        }
        return longest;
    }

    private static boolean isWide(char c) {
        return (c >= '\u1100' && c <= '\u115F') || (c >= '\u2E80' && c <= '\uA4CF')
                || (c >= '\uAC00' && c <= '\uD7A3') || (c >= '\uF900' && c <= '\uFAFF')
                || (c >= '\uFE30' && c <= '\uFE4F') || (c >= '\uFF00' && c <= '\uFF60')
                || (c >= '\uFFE0' && c <= '\uFFE6') || Character.isHighSurrogate(c);
    }
}
