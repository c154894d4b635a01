package org.shuangsheng.shared.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import org.shuangsheng.shared.InvalidValueException;
import org.shuangsheng.shared.TypedText;

/**
 * A constraint that holds when a value type of {@code shared} parses the stripped text. The
 * violation's key is the field's own {@code message}, or else the key the value type gave, so the
 * answer says what it always said ({@code invalid.uscc.checksum}, {@code invalid.idNumber.birthDate}).
 */
abstract class ValueTypeValidator<A extends Annotation> implements ConstraintValidator<A, String> {

    /** The field's own message key, or empty for the value type's. */
    abstract String message(A rule);

    /** @throws InvalidValueException with the key of what is wrong */
    abstract void parse(String text, ConstraintValidatorContext context);

    private String message;

    @Override
    public void initialize(A rule) {
        this.message = message(rule);
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        String text = TypedText.stripped(value);
        if (text == null) {
            return true;
        }
        try {
            parse(text, context);
            return true;
        } catch (InvalidValueException e) {
            return MessageArguments.refuse(context, message.isEmpty() ? e.messageKey() : message);
        }
    }
}
