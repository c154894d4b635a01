package org.shuangsheng.enterprise.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.shuangsheng.enterprise.Industry;

public class KnownIndustryValidator implements ConstraintValidator<KnownIndustry, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.isBlank() || Industry.of(value) != null;
    }
}
