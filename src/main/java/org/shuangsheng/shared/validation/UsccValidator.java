package org.shuangsheng.shared.validation;

import jakarta.validation.ConstraintValidatorContext;

public class UsccValidator extends ValueTypeValidator<Uscc> {

    @Override
    String message(Uscc rule) {
        return rule.message();
    }

    @Override
    void parse(String text, ConstraintValidatorContext context) {
        org.shuangsheng.shared.Uscc.parse(text);
    }
}
