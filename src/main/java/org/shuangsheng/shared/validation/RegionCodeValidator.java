package org.shuangsheng.shared.validation;

import jakarta.validation.ConstraintValidatorContext;
import org.shuangsheng.shared.InvalidValueException;
import org.shuangsheng.shared.RegionPath;

public class RegionCodeValidator extends ValueTypeValidator<RegionCode> {

    @Override
    String message(RegionCode rule) {
        return rule.message();
    }

    @Override
    void parse(String text, ConstraintValidatorContext context) {
        RegionPath.root(text);
        // A path segment may hold letters; the codes the region module issues are digits only.
        if (text.length() < 2 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidValueException("invalid.regionCode.format");
        }
    }
}
