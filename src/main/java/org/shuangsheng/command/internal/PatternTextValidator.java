package org.shuangsheng.command.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;
import org.shuangsheng.shared.TypedText;

public class PatternTextValidator implements ConstraintValidator<PatternText, String> {

    private Pattern pattern;
    private int max;

    @Override
    public void initialize(PatternText rule) {
        pattern = Pattern.compile(rule.regexp());
        max = rule.max();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        String text = TypedText.stripped(value);
        return text == null || text.length() <= max && pattern.matcher(text).matches();
    }
}
