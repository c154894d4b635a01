package org.shuangsheng.shared.validation;

import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * The arguments of a violation's message ({@code {0}}, {@code {1}} in the bundle), attached by a
 * validator and read by {@link Violations}. Bean Validation names message parameters, the bundles
 * number them: this carries the numbered ones across.
 */
public record MessageArguments(Object... values) {

    /** Reports the violation with the message key {@code key} and these arguments. */
    public static boolean refuse(ConstraintValidatorContext context, String key, Object... values) {
        context.disableDefaultConstraintViolation();
        context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(new MessageArguments(values))
                .buildConstraintViolationWithTemplate(key).addConstraintViolation();
        return false;
    }
}
