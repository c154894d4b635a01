package org.shuangsheng.shared.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.shuangsheng.shared.TypedText;

public class IsoDateValidator implements ConstraintValidator<IsoDate, String> {

    private IsoDate rule;

    @Override
    public void initialize(IsoDate rule) {
        this.rule = rule;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (TypedText.stripped(value) == null) {
            return true;
        }
        LocalDate date = parse(value);
        return date != null && date.getYear() >= rule.minYear() && date.getYear() <= rule.maxYear();
    }

    /**
     * The date, for code that reads a field after its constraints: null when blank or no ISO
     * date (the constraint has said so already).
     */
    public static LocalDate parse(String value) {
        String text = TypedText.stripped(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
