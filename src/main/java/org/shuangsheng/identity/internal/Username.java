package org.shuangsheng.identity.internal;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A username as an account keeps it ({@link UsernameValidator#normalized}: stripped, in lower
 * case): 3 to 64 small letters, digits, dots, hyphens or underscores, starting with a letter or
 * a digit, so that it reads the same in a log line, a URL and a spreadsheet.
 */
@Documented
@Constraint(validatedBy = UsernameValidator.class)
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface Username {

    String message() default "account.username.format";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
