package org.shuangsheng.command.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.shuangsheng.shared.validation.MessageArguments;

public class TitleArgumentsValidator implements ConstraintValidator<TitleArguments, List<String>> {

    private TitleArguments rule;

    @Override
    public void initialize(TitleArguments rule) {
        this.rule = rule;
    }

    @Override
    public boolean isValid(List<String> value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        boolean valid = value.size() <= rule.count()
                && value.stream().map(AlertTexts::argument).allMatch(a -> a.length() <= rule.length());
        return valid || MessageArguments.refuse(context, rule.message(), rule.count(), rule.length());
    }
}
