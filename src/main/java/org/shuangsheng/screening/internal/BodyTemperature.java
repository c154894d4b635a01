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
 * A temperature taken at the door, as typed: ℃ with at most one decimal, a comma (also the
 * full-width one a Chinese keyboard gives) read as the decimal point, 34.0–43.0.
 */
@Documented
@Constraint(validatedBy = BodyTemperatureValidator.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface BodyTemperature {

    String message() default "screening.finding.temperature.format";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
