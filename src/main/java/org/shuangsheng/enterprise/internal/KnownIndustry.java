package org.shuangsheng.enterprise.internal;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** An industry as {@link org.shuangsheng.enterprise.Industry#of} reads it: its name or its Chinese name. */
@Documented
@Constraint(validatedBy = KnownIndustryValidator.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface KnownIndustry {

    String message() default "enterprise.industry.unknown";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
