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
 * The code of one region, as a segment of a {@link org.shuangsheng.shared.RegionPath} holds it and
 * as the region module issues them: 2 to 20 ASCII digits, stripped.
 */
@Documented
@Constraint(validatedBy = RegionCodeValidator.class)
@Target({FIELD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface RegionCode {

    String message() default "invalid.regionCode.format";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
