package org.shuangsheng.shared.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.ZoneId;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.shuangsheng.shared.InvalidValueException;
import org.shuangsheng.shared.ResidentIdNumber;
import org.shuangsheng.shared.TypedText;

public class ResidentIdValidator implements ConstraintValidator<ResidentId, String> {

    /** A child born today in Heilongjiang must not be "born in the future" while UTC is still yesterday. */
    private static final ZoneId DISTRICT_ZONE = ZoneId.of("Asia/Shanghai");

    private String message;

    @Override
    public void initialize(ResidentId rule) {
        this.message = rule.message();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        String text = TypedText.stripped(value);
        if (text == null) {
            return true;
        }
        try {
            ResidentIdNumber.parse(text, context.unwrap(HibernateConstraintValidatorContext.class)
                    .getClockProvider().getClock().withZone(DISTRICT_ZONE));
            return true;
        } catch (InvalidValueException e) {
            return MessageArguments.refuse(context, message.isEmpty() ? e.messageKey() : message);
        }
    }
}
