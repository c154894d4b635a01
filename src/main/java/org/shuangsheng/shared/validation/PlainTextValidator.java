package org.shuangsheng.shared.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.shuangsheng.shared.TypedText;

public class PlainTextValidator implements ConstraintValidator<PlainText, String> {

    private PlainText rule;

    @Override
    public void initialize(PlainText rule) {
        this.rule = rule;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        String text = TypedText.stripped(value);
        if (text == null) {
            return true;
        }
        int length = rule.codePoints() ? text.codePointCount(0, text.length()) : text.length();
        if (length > rule.max()) {
            return MessageArguments.refuse(context, rule.tooLong().isEmpty() ? rule.message() : rule.tooLong(),
                    rule.max());
        }
        boolean valid = !(rule.refuseHiddenControls() && TypedText.hasHiddenControls(text, rule.allowed()))
                && text.chars().noneMatch(c -> rule.forbidden().indexOf(c) >= 0);
        return valid || MessageArguments.refuse(context, rule.message(), rule.max());
    }
}
