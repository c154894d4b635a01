package org.shuangsheng.shared.validation;

import jakarta.validation.ConstraintValidatorContext;
import org.shuangsheng.shared.RegionPath;

public class RegionPathTextValidator extends ValueTypeValidator<RegionPathText> {

    @Override
    String message(RegionPathText rule) {
        return rule.message();
    }

    @Override
    void parse(String text, ConstraintValidatorContext context) {
        RegionPath.of(text);
    }
}
