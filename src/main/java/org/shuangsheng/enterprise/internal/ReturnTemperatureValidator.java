package org.shuangsheng.enterprise.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import org.shuangsheng.shared.TypedText;
import org.shuangsheng.shared.validation.MessageArguments;

public class ReturnTemperatureValidator implements ConstraintValidator<ReturnTemperature, String> {

    private static final BigDecimal LOWEST = new BigDecimal("34.0");
    private static final BigDecimal HIGHEST = new BigDecimal("43.0");

    private String message;

    @Override
    public void initialize(ReturnTemperature rule) {
        message = rule.message();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return TypedText.stripped(value) == null || parse(value) != null
                || MessageArguments.refuse(context, message, LOWEST.toPlainString(), HIGHEST.toPlainString());
    }

    /** The temperature to one decimal, for code that reads it after its constraint; null when blank or refused. */
    public static BigDecimal parse(String value) {
        String text = TypedText.stripped(value);
        if (text == null) {
            return null;
        }
        try {
            BigDecimal temperature = new BigDecimal(text);
            if (temperature.scale() <= 1 && temperature.compareTo(LOWEST) >= 0 && temperature.compareTo(HIGHEST) <= 0) {
                return temperature.setScale(1);
            }
        } catch (NumberFormatException e) {
            // refused by the constraint
        }
        return null;
    }
}
