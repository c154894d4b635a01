package org.shuangsheng.command.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.shuangsheng.shared.Masking;
import org.springframework.context.MessageSource;

/** The texts of an alert: its arguments made safe, its title in a language. */
public final class AlertTexts {

    /** Line breaks, control and invisible format characters. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cntrl}\\p{Cf}\\p{Zl}\\p{Zp}]");

    private AlertTexts() {
    }

    /** An argument on one line, stripped, with anything shaped like an ID or mobile number masked. */
    public static String argument(String text) {
        return text == null ? "" : Masking.inText(INVISIBLE.matcher(text).replaceAll(" ").strip());
    }

    /**
     * The arguments with the region's code, where one is exactly it, replaced by its name: a
     * title written with the code ({@code 网格 23050600100101}) reads with the name.
     */
    public static List<String> named(List<String> args, String code, String place) {
        return args.stream().map(arg -> arg.equals(code) ? place : arg).toList();
    }

    /** The title in the language; the key followed by its arguments when no bundle has it. */
    public static String title(MessageSource messages, String key, List<String> args, Locale locale) {
        String title = messages.getMessage(key, args.toArray(), null, locale);
        if (title != null) {
            return title;
        }
        return args.isEmpty() ? key : key + " " + String.join(" ", args);
    }

    /** At most {@code max} characters, never cutting a surrogate pair. */
    public static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
