package org.shuangsheng.enterprise.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.shuangsheng.shared.validation.MessageArguments;

public class CountValidator implements ConstraintValidator<Count, Integer> {

    private Count rule;

    @Override
    public void initialize(Count rule) {
        this.rule = rule;
    }

    @Override
    public boolean isValid(Integer value, ConstraintValidatorContext context) {
        return value == null || value >= rule.min() && value <= rule.max()
                || MessageArguments.refuse(context, rule.message(), rule.showMin() ? rule.min() : rule.max());
    }
}
