package org.shuangsheng.identity.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import java.util.regex.Pattern;
import org.shuangsheng.shared.TypedText;

public class UsernameValidator implements ConstraintValidator<Username, String> {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9_.-]{2,63}");

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        String username = normalized(value);
        return username == null || USERNAME.matcher(username).matches();
    }

    /** The username as typed, stripped and in lower case; null when blank. */
    public static String normalized(String value) {
        String text = TypedText.stripped(value);
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }
}
