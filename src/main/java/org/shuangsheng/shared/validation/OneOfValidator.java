package org.shuangsheng.shared.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Arrays;
import org.shuangsheng.shared.TypedText;

public class OneOfValidator implements ConstraintValidator<OneOf, String> {

    private OneOf rule;

    @Override
    public void initialize(OneOf rule) {
        this.rule = rule;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        String text = TypedText.stripped(value);
        return text == null || Arrays.stream(rule.value().getEnumConstants()).map(Enum::name)
                .anyMatch(name -> rule.ignoreCase() ? name.equalsIgnoreCase(text) : name.equals(text));
    }
}
