package org.shuangsheng.notification.internal;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The subject of a message, judged as it will be stored ({@link NotificationText#subject}: one
 * line, stripped): required, and at most {@link #max()} characters, the message's {@code {0}}.
 * Unlike the shared constraints it refuses null too: a subject of nothing but line breaks and
 * invisible characters is empty only once it is one line, which {@code @NotBlankText} cannot see.
 */
@Documented
@Constraint(validatedBy = SubjectValidator.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface Subject {

    int max();

    String message() default "notification.subject.tooLong";

    String requiredMessage() default "notification.subject.required";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
