package org.shuangsheng.shared;

import java.util.List;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.validation.BindingResult;

/**
 * Input that breaks a business rule, naming each offending field by the name the form and the
 * JSON body use, so that pages can show the message beside the field and the API can list it.
 */
public class InvalidInputException extends RuntimeException {

    public record Violation(String field, String messageKey, Object... args) {
    }

    private final List<Violation> violations;

    public InvalidInputException(String field, String messageKey, Object... args) {
        this(List.of(new Violation(field, messageKey, args)));
    }

    public InvalidInputException(List<Violation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.messageKey()).toList().toString());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /** Puts each violation beside its field of a form, or above the form where it has none. */
    public void rejectInto(BindingResult result) {
        Object target = result.getTarget();
        for (Violation violation : violations) {
            if (target != null && violation.field() != null
                    && PropertyAccessorFactory.forBeanPropertyAccess(target).isReadableProperty(violation.field())) {
                result.rejectValue(violation.field(), violation.messageKey(), violation.args(), violation.messageKey());
            } else {
                result.reject(violation.messageKey(), violation.args(), violation.messageKey());
            }
        }
    }
}
