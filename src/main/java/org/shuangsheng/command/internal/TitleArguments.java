package org.shuangsheng.command.internal;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The arguments of an alert's title: at most {@link #count()}, each at most {@link #length()}
 * characters as the alert will show it ({@link AlertTexts#argument}: one line, masked). The
 * message gets both limits, {@code {0}} and {@code {1}}.
 */
@Documented
@Constraint(validatedBy = TitleArgumentsValidator.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface TitleArguments {

    int count();

    int length();

    String message() default "alert.invalid.titleArgs";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
