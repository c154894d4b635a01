package org.shuangsheng.region.internal;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The name of a unit, stripped: at most {@value UnitNameValidator#MAX} characters, a rare character
 * counted as one, and no control or bidirectional formatting character. Unlike {@code @PlainText},
 * each of the two says what is wrong with its own message ({@code region.name.tooLong} with the
 * limit, {@code region.name.control}), and a name too long is not also told of its controls.
 */
@Documented
@Constraint(validatedBy = UnitNameValidator.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface UnitName {

    String message() default "region.name.tooLong";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
