package org.shuangsheng.shared.validation;

import jakarta.validation.ConstraintValidatorContext;
import org.shuangsheng.shared.InvalidValueException;
import org.shuangsheng.shared.PhoneNumber;

public class MobilePhoneValidator extends ValueTypeValidator<MobilePhone> {

    private boolean landline;

    @Override
    public void initialize(MobilePhone rule) {
        super.initialize(rule);
        landline = rule.landline();
    }

    @Override
    String message(MobilePhone rule) {
        return rule.message();
    }

    @Override
    void parse(String text, ConstraintValidatorContext context) {
        if (!PhoneNumber.parse(text).isMobile() && !landline) {
            throw new InvalidValueException("invalid.phone.mobile");
        }
    }
}
