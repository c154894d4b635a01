package org.shuangsheng.screening.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import org.shuangsheng.shared.validation.MessageArguments;

public class CheckInTemperatureValidator implements ConstraintValidator<CheckInTemperature, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        // The bounds go to the message as numbers, which it formats in the caller's language.
        return parse(value) != null || MessageArguments.refuse(context, "quarantine.temperature.range",
                BodyTemperatureValidator.LOWEST, BodyTemperatureValidator.HIGHEST);
    }

    /** The temperature to one decimal; null when missing or bad. */
    public static BigDecimal parse(String text) {
        try {
            BigDecimal value = new BigDecimal(text == null ? "" : text.strip());
            if (value.scale() <= 1 && value.compareTo(BodyTemperatureValidator.LOWEST) >= 0
                    && value.compareTo(BodyTemperatureValidator.HIGHEST) <= 0) {
                return value.setScale(1);
            }
        } catch (NumberFormatException e) {
            // refused: null
        }
        return null;
    }
}
