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
 * An ISO date and time, with an offset ({@code 2020-03-18T09:30:00+08:00}) or without one, which
 * then means the district's zone ({@code 2020-03-18T09:30}).
 */
@Documented
@Constraint(validatedBy = IsoDateTimeValidator.class)
@Target({FIELD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface IsoDateTime {

    String message() default "invalid.dateTime.format";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
