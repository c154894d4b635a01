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
 * A materialized region path as {@link org.shuangsheng.shared.RegionPath} takes it
 * ({@code 230506/001/001/01}), stripped: what a module hands to another with a record it is about.
 */
@Documented
@Constraint(validatedBy = RegionPathTextValidator.class)
@Target({FIELD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface RegionPathText {

    String message() default "invalid.regionPath.format";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
