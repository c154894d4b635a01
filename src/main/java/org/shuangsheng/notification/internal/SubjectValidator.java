package org.shuangsheng.notification.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.shuangsheng.shared.validation.MessageArguments;

public class SubjectValidator implements ConstraintValidator<Subject, String> {

    private Subject rule;

    @Override
    public void initialize(Subject rule) {
        this.rule = rule;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        String line = NotificationText.line(value);
        if (line.isEmpty()) {
            return MessageArguments.refuse(context, rule.requiredMessage());
        }
        return line.length() <= rule.max() || MessageArguments.refuse(context, rule.message(), rule.max());
    }
}
