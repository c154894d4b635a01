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
 * One field of typed text, judged stripped: at most {@link #max()} characters and none that
 * changes how the text around it looks ({@link org.shuangsheng.shared.TypedText#hasHiddenControls}).
 * The message gets {@code max} as its argument {@code {0}}.
 *
 * <p>Where a field has always said "too long" apart from "not allowed characters", {@link #tooLong()}
 * names the message of the first.
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({FIELD, PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface PlainText {
    /** The most characters, after stripping. */
    int max();

    /** Control characters that may pass: {@code "\\n"} for a field that may hold several lines. */
    String allowed() default "";

    /**
     * False for a field that kept only a length limit before it had this constraint (a visit's
     * notes): refusing its control characters now would refuse what clients already send.
     */
    boolean refuseHiddenControls() default true;

    /**
     * True to count characters as people do, a rare character of a name (outside the Basic
     * Multilingual Plane, two Java chars) as one.
     */
    boolean codePoints() default false;

    /** Further characters refused, e.g. {@code ","} where commas separate values of a list. */
    String forbidden() default "";

    String message() default "invalid.text.format";

    /** The message when the text is only too long; empty for {@link #message()}. */
    String tooLong() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
