package org.shuangsheng.shared.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.shuangsheng.shared.InvalidValueException;
import org.shuangsheng.shared.TypedText;

public class UsccValidator implements ConstraintValidator<Uscc, String> {

    private String message;

    @Override
    public void initialize(Uscc rule) {
        this.message = rule.message();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        String text = TypedText.stripped(value);
        if (text == null) {
            return true;
        }
        try {
            org.shuangsheng.shared.Uscc.parse(text);
            return true;
        } catch (InvalidValueException e) {
            return MessageArguments.refuse(context, message.isEmpty() ? e.messageKey() : message);
        }
    }
}
