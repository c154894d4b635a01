package org.shuangsheng.enterprise.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.shuangsheng.shared.InvalidInputException.Violation;
import org.shuangsheng.shared.validation.Violations;

/** The enterprise module's own constraints: what passes, what is refused with which key and arguments. */
class EnterpriseConstraintsTest {

    static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    record Report(@Count(max = 100, message = "enterprise.report.count.range") Integer staff,
            @Count(min = 3, max = 365, showMin = true, message = "enterprise.filing.suppliesDays.min") Integer days,
            @KnownIndustry String industry, @KnownSize String size, @ReturnTemperature String temperature) {
    }

    record Plan(@FreeText(max = 3, allowed = "\n") String steps, @FreeText(max = 2, codePoints = true) String name) {
    }

    static List<Violation> violations(Object command) {
        return Violations.translate(VALIDATOR.validate(command));
    }

    @Test
    void freeTextSaysTooLongApartFromControlCharactersWithTheModulesMessages() {
        assertThat(violations(new Plan(" 一\n二 ", "\uD840\uDC00\uD840\uDC01"))).isEmpty();
        List<Violation> found = violations(new Plan("一二三四", "a\u0007"));
        assertThat(found).extracting(Violation::field, Violation::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("steps", "enterprise.text.tooLong"),
                org.assertj.core.groups.Tuple.tuple("name", "enterprise.text.format"));
        assertThat(found.get(0).args()).containsExactly(3);
    }

    @Test
    void countsAreRefusedOutsideTheirBoundsNamingTheBoundThatWasMissed() {
        assertThat(violations(new Report(0, 3, null, null, null))).isEmpty();
        assertThat(violations(new Report(100, 365, null, null, null))).isEmpty();
        List<Violation> found = violations(new Report(101, 2, null, null, null));
        assertThat(found).extracting(Violation::field, Violation::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("staff", "enterprise.report.count.range"),
                org.assertj.core.groups.Tuple.tuple("days", "enterprise.filing.suppliesDays.min"));
        assertThat(found.get(0).args()).containsExactly(100);
        assertThat(found.get(1).args()).containsExactly(3);
        assertThat(violations(new Report(-1, null, null, null, null))).hasSize(1);
    }

    @Test
    void industriesAndSizesAreReadByNameOrChineseName() {
        assertThat(violations(new Report(null, null, " c ", "小型企业", null))).isEmpty();
        assertThat(violations(new Report(null, null, "制造业", "中", null))).isEmpty();
        assertThat(violations(new Report(null, null, "  ", "", null))).isEmpty();
        assertThat(violations(new Report(null, null, "钢铁", "巨型", null)))
                .extracting(Violation::messageKey).containsExactly("enterprise.industry.unknown", "enterprise.size.unknown");
    }

    @Test
    void aTemperatureAtTheDoorHasOneDecimalAtMostWithinTheBounds() {
        assertThat(violations(new Report(null, null, null, null, " 36.5 "))).isEmpty();
        assertThat(ReturnTemperatureValidator.parse("37")).hasToString("37.0");
        for (String bad : List.of("36.55", "33.9", "43.1", "abc")) {
            List<Violation> found = violations(new Report(null, null, null, null, bad));
            assertThat(found).as(bad).extracting(Violation::messageKey).containsExactly("enterprise.returning.temperature.range");
            assertThat(found.get(0).args()).containsExactly("34.0", "43.0");
        }
        assertThat(ReturnTemperatureValidator.parse("43.1")).isNull();
    }
}
