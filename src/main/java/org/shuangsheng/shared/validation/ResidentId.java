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
 * A resident ID number as {@link org.shuangsheng.shared.ResidentIdNumber#parse(String, java.time.Clock)}
 * takes it, "today" from Bean Validation's clock in the district's zone; the message says what is
 * wrong ({@code invalid.idNumber.format}, {@code .checksum} or {@code .birthDate}) unless the field
 * gives its own.
 */
@Documented
@Constraint(validatedBy = ResidentIdValidator.class)
@Target({FIELD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ResidentId {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
