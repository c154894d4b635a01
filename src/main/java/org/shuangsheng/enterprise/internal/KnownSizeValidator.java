package org.shuangsheng.enterprise.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.shuangsheng.enterprise.EnterpriseSize;

public class KnownSizeValidator implements ConstraintValidator<KnownSize, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.isBlank() || EnterpriseSize.of(value) != null;
    }
}
