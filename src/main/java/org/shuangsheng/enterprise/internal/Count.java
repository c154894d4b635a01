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
 * A whole number of people or days, {@link #min()} to {@link #max()}. The message gets {@code max}
 * as its argument {@code {0}}, or {@code min} where {@link #showMin()} says so: the messages of
 * the enterprise module name the bound a person got wrong ("至少储备 3 天", "应为 0 到 100000").
 */
@Documented
@Constraint(validatedBy = CountValidator.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface Count {

    int min() default 0;

    int max();

    boolean showMin() default false;

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
