package org.shuangsheng.shared.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.shuangsheng.shared.InvalidValueException;
import org.shuangsheng.shared.PhoneNumber;
import org.shuangsheng.shared.TypedText;

public class MobilePhoneValidator implements ConstraintValidator<MobilePhone, String> {

    private MobilePhone rule;

    @Override
    public void initialize(MobilePhone rule) {
        this.rule = rule;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        String text = TypedText.stripped(value);
        if (text == null) {
            return true;
        }
        try {
            PhoneNumber phone = PhoneNumber.parse(text);
            return phone.isMobile() || rule.landline()
                    || MessageArguments.refuse(context, rule.message().isEmpty() ? "invalid.phone.mobile" : rule.message());
        } catch (InvalidValueException e) {
            return MessageArguments.refuse(context, rule.message().isEmpty() ? e.messageKey() : rule.message());
        }
    }
}
