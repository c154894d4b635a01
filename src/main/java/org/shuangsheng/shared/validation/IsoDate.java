package org.shuangsheng.shared.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * An ISO date ({@code 2020-03-18}), stripped; {@link #minYear()} and {@link #maxYear()} keep out
 * typing slips such as {@code 0202-03-18} that parse but name no day anyone means.
 */
@Documented
@Constraint(validatedBy = IsoDateValidator.class)
@Target({FIELD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface IsoDate {
    int minYear() default Integer.MIN_VALUE;

    int maxYear() default Integer.MAX_VALUE;

    String message() default "invalid.date.format";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
