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
 * A phone number as {@link org.shuangsheng.shared.PhoneNumber#parse} takes it: an 11-digit mobile
 * or, unless {@link #landline()} is false, a landline with its area code (DESIGN.md: phones are
 * mobiles or landlines). The message is {@code invalid.phone.format} unless the field gives its
 * own; a landline where only a mobile will do is {@code invalid.phone.mobile}.
 */
@Documented
@Constraint(validatedBy = MobilePhoneValidator.class)
@Target({FIELD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface MobilePhone {
    boolean landline() default true;

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
