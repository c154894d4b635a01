package org.shuangsheng.shared.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.shuangsheng.shared.InvalidValueException;
import org.shuangsheng.shared.RegionPath;
import org.shuangsheng.shared.TypedText;

public class RegionCodeValidator implements ConstraintValidator<RegionCode, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        String text = TypedText.stripped(value);
        if (text == null) {
            return true;
        }
        try {
            RegionPath.root(text);
        } catch (InvalidValueException e) {
            return false;
        }
        // A path segment may hold letters; the codes the region module issues are digits only.
        return text.length() >= 2 && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
