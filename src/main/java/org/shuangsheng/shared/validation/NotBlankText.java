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
 * Text that holds something once surrounding whitespace is stripped, full-width and no-break
 * spaces included ({@code @NotBlank} trims only ASCII spaces and control characters, so a
 * field of ideographic spaces would pass it).
 */
@Documented
@Constraint(validatedBy = NotBlankTextValidator.class)
@Target({FIELD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface NotBlankText {

    String message() default "invalid.text.required";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
