package org.shuangsheng.enterprise.internal;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A returning worker's temperature at the door, as typed: ℃ with at most one decimal, 34.0–43.0.
 * The message gets the two bounds as {@code {0}} and {@code {1}}.
 */
@Documented
@Constraint(validatedBy = ReturnTemperatureValidator.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface ReturnTemperature {

    String message() default "enterprise.returning.temperature.range";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
