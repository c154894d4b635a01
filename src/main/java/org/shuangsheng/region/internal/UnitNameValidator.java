package org.shuangsheng.region.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.shuangsheng.shared.TypedText;
import org.shuangsheng.shared.validation.MessageArguments;

public class UnitNameValidator implements ConstraintValidator<UnitName, String> {

    public static final int MAX = 60;

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        String name = TypedText.stripped(value);
        if (name == null) {
            return true;
        }
        if (name.codePointCount(0, name.length()) > MAX) {
            return MessageArguments.refuse(context, "region.name.tooLong", MAX);
        }
        if (TypedText.hasHiddenControls(name)) {
            return MessageArguments.refuse(context, "region.name.control");
        }
        return true;
    }
}
