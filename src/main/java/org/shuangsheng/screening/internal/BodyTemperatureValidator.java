package org.shuangsheng.screening.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.shuangsheng.shared.TypedText;
import org.shuangsheng.shared.validation.MessageArguments;

public class BodyTemperatureValidator implements ConstraintValidator<BodyTemperature, String> {

    public static final BigDecimal LOWEST = new BigDecimal("34.0");

    public static final BigDecimal HIGHEST = new BigDecimal("43.0");

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        String text = TypedText.stripped(value);
        if (text == null) {
            return true;
        }
        BigDecimal temperature = number(text);
        if (temperature == null || temperature.stripTrailingZeros().scale() > 1) {
            return false;
        }
        if (temperature.compareTo(LOWEST) < 0 || temperature.compareTo(HIGHEST) > 0) {
            return MessageArguments.refuse(context, "screening.finding.temperature.range", LOWEST.toPlainString(),
                    HIGHEST.toPlainString());
        }
        return true;
    }

    /** The temperature to one decimal, for code that reads the field after its constraint; null when blank or bad. */
    public static BigDecimal parse(String value) {
        String text = TypedText.stripped(value);
        BigDecimal temperature = text == null ? null : number(text);
        if (temperature == null || temperature.stripTrailingZeros().scale() > 1
                || temperature.compareTo(LOWEST) < 0 || temperature.compareTo(HIGHEST) > 0) {
            return null;
        }
        return temperature.setScale(1, RoundingMode.UNNECESSARY);
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text.replace('，', '.').replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
