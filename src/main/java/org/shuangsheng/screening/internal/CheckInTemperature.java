package org.shuangsheng.screening.internal;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The temperature of a quarantine check-in: required, ℃ with at most one decimal, 34–43. One
 * message for missing, malformed and out of range, as the check-in form has always answered.
 */
@Documented
@Constraint(validatedBy = CheckInTemperatureValidator.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface CheckInTemperature {

    String message() default "quarantine.temperature.range";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
