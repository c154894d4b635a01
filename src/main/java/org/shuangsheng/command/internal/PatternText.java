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
 * A name a module gives in code (an alert's kind, its title's message key, a link into the
 * platform), stripped: at most {@link #max()} characters, all of them matching {@link #regexp()}.
 * Bean Validation's {@code @Pattern} judges the text as sent, so a kind with a trailing space
 * would be refused where it has always been taken.
 */
@Documented
@Constraint(validatedBy = PatternTextValidator.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface PatternText {

    String regexp();

    int max();

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
