package org.shuangsheng.shared.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.InvalidInputException.Violation;

/**
 * The violations of one command: those of its constraints, checked by Bean Validation, and those
 * of the rules that need the database or several fields, added by the service. All of them go
 * out in one {@link InvalidInputException}, so a person learns of every bad field at once, and
 * in the order of the command's fields, so the answer does not depend on a hash set's order.
 *
 * <p>This is where a {@link ConstraintViolation} becomes a {@link Violation}: the field is the
 * property path as the form and the JSON body name it ({@code findings[0].temperature}), the
 * message key is the constraint's {@code message} (braces, if any, dropped) and the arguments
 * are those the validator attached ({@link MessageArguments}), none for Bean Validation's own
 * constraints.
 */
public final class Violations {

    private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

    private final Class<?> command;

    private final List<Violation> found = new ArrayList<>();

    private Violations(Class<?> command) {
        this.command = command;
    }

    /** Checks the command's constraints, nested ones ({@code @Valid}) included. */
    public static Violations of(Validator validator, Object command) {
        Violations violations = new Violations(command.getClass());
        violations.found.addAll(translate(validator.validate(command)));
        return violations;
    }

    /** The violations, ordered by the fields of the bean they were found on. */
    public static List<Violation> translate(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> new Sortable(order(v.getRootBeanClass(), field(v)), violation(v)))
                .sorted(Comparator.comparing(Sortable::order, Violations::compare)
                        .thenComparing(s -> s.violation().messageKey()))
                .map(Sortable::violation)
                .toList();
    }

    /** Adds what a rule in code found. */
    public Violations add(String field, String messageKey, Object... args) {
        found.add(new Violation(field, messageKey, args));
        return this;
    }

    public Violations add(Optional<Violation> violation) {
        violation.ifPresent(found::add);
        return this;
    }

    public Violations addAll(Collection<Violation> violations) {
        found.addAll(violations);
        return this;
    }

    /**
     * Whether a violation names the field already: a rule that reads the field's value does not
     * run on a value its constraint refused.
     */
    public boolean refused(String field) {
        return found.stream().anyMatch(v -> field.equals(v.field()));
    }

    /** Whether a violation names a field below {@code prefix} ({@code members[2].}). */
    public boolean refusedWithin(String prefix) {
        return found.stream().anyMatch(v -> v.field() != null && v.field().startsWith(prefix));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** @throws InvalidInputException with every violation, when there is one */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(toList());
        }
    }

    /**
     * Every violation in the order of the command's fields, for a caller that reports them
     * otherwise than by throwing (an import's errors of one row).
     */
    public List<Violation> toList() {
        return found.stream().map(v -> new Sortable(order(command, v.field()), v))
                .sorted(Comparator.comparing(Sortable::order, Violations::compare))
                .map(Sortable::violation).toList();
    }

    private record Sortable(List<Integer> order, Violation violation) {
    }

    private static Violation violation(ConstraintViolation<?> v) {
        String template = v.getMessageTemplate();
        String key = template.startsWith("{") && template.endsWith("}")
                ? template.substring(1, template.length() - 1) : template;
        HibernateConstraintViolation<?> hibernate = v.unwrap(HibernateConstraintViolation.class);
        MessageArguments arguments = hibernate.getDynamicPayload(MessageArguments.class);
        return new Violation(field(v), key, arguments == null ? new Object[0] : arguments.values());
    }

    private static String field(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        return path.isEmpty() ? null : path;
    }

    /**
     * Where a field comes in its command: the position of each property among the fields of its
     * type, and each list index. A field the command does not declare (a rule about the whole
     * command, or a state such as {@code status}) comes first, as its rule ran first.
     */
    private static List<Integer> order(Class<?> type, String field) {
        List<Integer> order = new ArrayList<>();
        if (field == null) {
            return order;
        }
        Type current = type;
        Matcher step = STEP.matcher(field);
        while (step.find()) {
            if (step.group(2) != null) {
                order.add(Integer.parseInt(step.group(2)));
                current = current instanceof ParameterizedType list ? list.getActualTypeArguments()[0] : Object.class;
                continue;
            }
            Class<?> owner = current instanceof ParameterizedType p ? (Class<?>) p.getRawType()
                    : current instanceof Class<?> c ? c : Object.class;
            List<String> names = fieldNames(owner);
            int index = names.indexOf(step.group(1));
            if (index < 0) {
                return order.isEmpty() ? List.of() : order;
            }
            order.add(index);
            current = fieldType(owner, step.group(1));
        }
        return order;
    }

    private static List<String> fieldNames(Class<?> owner) {
        if (owner.isRecord()) {
            return Arrays.stream(owner.getRecordComponents()).map(RecordComponent::getName).toList();
        }
        return Arrays.stream(owner.getDeclaredFields()).map(Field::getName).toList();
    }

    private static Type fieldType(Class<?> owner, String name) {
        try {
            return owner.getDeclaredField(name).getGenericType();
        } catch (NoSuchFieldException e) {
            return Object.class;
        }
    }

    private static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
