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

/** The name of one constant of an enum, stripped; {@link #ignoreCase()} for a field typed by people. */
@Documented
@Constraint(validatedBy = OneOfValidator.class)
@Target({FIELD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface OneOf {
    Class<? extends Enum<?>> value();

    boolean ignoreCase() default false;

    String message() default "invalid.oneOf";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
