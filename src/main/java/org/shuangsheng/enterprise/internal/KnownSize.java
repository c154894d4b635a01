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
 * A size as {@link org.shuangsheng.enterprise.EnterpriseSize#of} reads it: its name, its Chinese
 * name, with or without 企业, or the first character of it.
 */
@Documented
@Constraint(validatedBy = KnownSizeValidator.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface KnownSize {

    String message() default "enterprise.size.unknown";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
