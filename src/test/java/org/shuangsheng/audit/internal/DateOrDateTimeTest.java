package org.shuangsheng.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shuangsheng.shared.InvalidInputException.Violation;
import org.shuangsheng.shared.validation.Violations;

/** An end of the audit log's period: an ISO date or date-time, refused with one message. */
class DateOrDateTimeTest {

    static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    record Period(@DateOrDateTime String from) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-03-01", " 2020-03-01T08:00 ", "2020-03-01T08:00:00+08:00", "1899-12-31", ""})
    void aDateOrADateTimePasses(String from) {
        assertThat(VALIDATOR.validate(new Period(from))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2020-3-1", "-999999999-01-01", "+10000-01-01", "2020-03-01T25:00"})
    void anythingElseIsRefusedOnce(String from) {
        assertThat(Violations.translate(VALIDATOR.validate(new Period(from))))
                .extracting(Violation::messageKey).containsExactly("audit.date.invalid");
    }
}
