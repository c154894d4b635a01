package org.shuangsheng.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shuangsheng.shared.InvalidInputException.Violation;
import org.shuangsheng.shared.validation.Violations;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The door's and the check-in's temperature rules, and how their refusals read in both languages. */
class TemperatureConstraintsTest {

    static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasenames("i18n/screening", "i18n/quarantine");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    record AtTheDoor(@BodyTemperature String temperature) {
    }

    record CheckIn(@CheckInTemperature String temperature) {
    }

    static String answer(Object bean, Locale locale) {
        List<Violation> found = Violations.translate(VALIDATOR.validate(bean));
        return found.isEmpty() ? "" : found.stream()
                .map(v -> MESSAGES.getMessage(v.messageKey(), v.args(), v.messageKey(), locale)).toList().get(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "36.5 | ''",
        "36，8 | ''",
        "' 37 ' | ''",
        "null | ''",
        "36.55 | 体温应为数字，最多一位小数，如 36.5",
        "hot | 体温应为数字，最多一位小数，如 36.5",
        "45.0 | 体温应在 34.0 至 43.0 ℃ 之间"})
    void atTheDoor(String typed, String expected) {
        assertThat(answer(new AtTheDoor(typed), Locale.SIMPLIFIED_CHINESE)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "36.5 | ''",
        "null | Temperature must be between 34 and 43 ℃, one decimal at most",
        "36.55 | Temperature must be between 34 and 43 ℃, one decimal at most",
        "36,5 | Temperature must be between 34 and 43 ℃, one decimal at most"})
    void atTheCheckInEveryRefusalIsOneMessageWithTheBoundsAsNumbers(String typed, String expected) {
        assertThat(answer(new CheckIn(typed), Locale.ENGLISH)).isEqualTo(expected);
        assertThat(BodyTemperatureValidator.parse("36，8")).hasToString("36.8");
    }
}
