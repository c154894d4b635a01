/**
 * Bean Validation constraints for what people type, each parsing with the value type of
 * {@code shared} ({@code Uscc}, {@code ResidentIdNumber}, {@code PhoneNumber}, {@code RegionPath},
 * {@code TypedText}), and {@link org.shuangsheng.shared.validation.Violations}, the one place where
 * constraint violations become the platform's {@link org.shuangsheng.shared.InvalidInputException}.
 *
 * <p>A constraint's {@code message} is a message key of the bundles, without braces, so that the
 * answer is rendered in the caller's language where it is shown (problem+json or the form), with
 * the same arguments as a rule written in code. Null and blank values pass every constraint here
 * except {@link org.shuangsheng.shared.validation.NotBlankText}: whether a field is required is
 * said once, by that constraint.
 */
package org.shuangsheng.shared.validation;
