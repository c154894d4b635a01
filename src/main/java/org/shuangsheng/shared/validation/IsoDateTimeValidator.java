package org.shuangsheng.shared.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.shuangsheng.shared.TypedText;

public class IsoDateTimeValidator implements ConstraintValidator<IsoDateTime, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        // Whether the text parses does not depend on the zone a local time is read in.
        return TypedText.stripped(value) == null || parse(value, ZoneOffset.UTC) != null;
    }

    /**
     * The instant, a time without offset read in {@code zone}; null when blank or no ISO date and
     * time (the constraint has said so already).
     */
    public static Instant parse(String value, ZoneId zone) {
        String text = TypedText.stripped(value);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).atZone(zone).toInstant();
            } catch (DateTimeParseException notLocalEither) {
                return null;
            }
        }
    }
}
