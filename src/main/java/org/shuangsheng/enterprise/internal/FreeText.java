package org.shuangsheng.enterprise.internal;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.shuangsheng.shared.validation.PlainText;

/**
 * Typed text of the enterprise module: {@link PlainText} with the module's two messages, "at most
 * {0} characters" ({@code enterprise.text.tooLong}) and "control characters not allowed"
 * ({@code enterprise.text.format}), as every enterprise form has always said them.
 */
@Documented
@PlainText(max = 0, message = "enterprise.text.format", tooLong = "enterprise.text.tooLong")
@Constraint(validatedBy = {})
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface FreeText {

    @OverridesAttribute(constraint = PlainText.class, name = "max")
    int max();

    /** Line breaks (and tabs) where the field is a paragraph. */
    @OverridesAttribute(constraint = PlainText.class, name = "allowed")
    String allowed() default "";

    /** True for a name or a line, counted as people count characters. */
    @OverridesAttribute(constraint = PlainText.class, name = "codePoints")
    boolean codePoints() default false;

    String message() default "enterprise.text.format";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
