package org.shuangsheng;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Which field of a JSON body could not be read, and what it should have held: a client that sent
 * {@code "present": "yes"} learns to send a boolean there, not merely that the body was wrong.
 */
final class JsonBodyProblems {

    /** The field as the API's validation errors name it ({@code findings[0].symptoms}), and the message. */
    record Mistake(String field, String messageKey, Object... args) {
    }

    private JsonBodyProblems() {
    }

    /** The mistake, when the cause names a field; empty for a body that is not JSON at all. */
    static Optional<Mistake> of(Throwable cause) {
        if (!(cause instanceof MismatchedInputException mismatch)) {
            return Optional.empty();
        }
        String field = field(mismatch);
        if (field.isEmpty()) {
            return Optional.empty();
        }
        if (mismatch instanceof UnrecognizedPropertyException) {
            return Optional.of(new Mistake(field, "problem.json.unknownField"));
        }
        return Optional.of(expected(field, mismatch.getTargetType()));
    }

    private static Mistake expected(String field, Class<?> type) {
        if (type == null) {
            return new Mistake(field, "problem.json.wrongShape");
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return new Mistake(field, "problem.json.text");
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return new Mistake(field, "problem.json.number");
        }
        if (type == boolean.class || type == Boolean.class) {
            return new Mistake(field, "problem.json.boolean");
        }
        if (type == LocalDate.class) {
            return new Mistake(field, "problem.json.date");
        }
        if (type == LocalTime.class) {
            return new Mistake(field, "problem.json.time");
        }
        if (type == LocalDateTime.class || type == Instant.class || type == OffsetDateTime.class
                || type == ZonedDateTime.class) {
            return new Mistake(field, "problem.json.dateTime");
        }
        if (type.isEnum()) {
            String names = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            return new Mistake(field, "problem.json.oneOf", names);
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return new Mistake(field, "problem.json.list");
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return new Mistake(field, "problem.json.object");
        }
        return new Mistake(field, "problem.json.wrongShape");
    }

    private static String field(JacksonException e) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference step : e.getPath()) {
            if (step.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                field.append('[').append(step.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
