package org.shuangsheng.shared.validation;

import jakarta.validation.ConstraintValidatorContext;
import java.time.ZoneId;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.shuangsheng.shared.ResidentIdNumber;

public class ResidentIdValidator extends ValueTypeValidator<ResidentId> {

    /** A child born today in Heilongjiang must not be "born in the future" while UTC is still yesterday. */
    private static final ZoneId DISTRICT_ZONE = ZoneId.of("Asia/Shanghai");

    @Override
    String message(ResidentId rule) {
        return rule.message();
    }

    @Override
    void parse(String text, ConstraintValidatorContext context) {
        ResidentIdNumber.parse(text, context.unwrap(HibernateConstraintValidatorContext.class).getClockProvider()
                .getClock().withZone(DISTRICT_ZONE));
    }
}
