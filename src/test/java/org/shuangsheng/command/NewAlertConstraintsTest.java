package org.shuangsheng.command;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shuangsheng.shared.InvalidInputException.Violation;
import org.shuangsheng.shared.validation.Violations;

/** What a module may hand to {@link Alerts#raise}, judged with no Spring. */
class NewAlertConstraintsTest {

    static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    static NewAlert alert(String kind, String regionPath, List<String> args, String link, String dedupKey) {
        return new NewAlert(kind, AlertSeverity.WARNING, "23050600100101", regionPath, "screening.alert.fever", args,
                link, dedupKey);
    }

    static List<Violation> refused(NewAlert alert) {
        return Violations.translate(VALIDATOR.validate(alert));
    }

    @Test
    void namesAreJudgedStrippedAsTheyAreStored() {
        assertThat(refused(alert(" screening.fever ", " 230506/001/001/01 ", List.of("陈*", "38.6"),
                " /screening/visits/42 ", " resident-1 "))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Fever", "screening", "screening..fever", "screening.fever!"})
    void aKindIsAModulePrefixAndAName(String kind) {
        assertThat(refused(alert(kind, "230506", List.of(), null, null))).extracting(Violation::messageKey)
                .containsExactly("alert.invalid.kind");
    }

    @Test
    void aMissingKindOrPathIsRefusedOnceEach() {
        assertThat(refused(alert("  ", "\t", List.of(), null, null)))
                .extracting(v -> v.field() + " " + v.messageKey())
                .containsExactly("kind alert.invalid.kind", "regionPath alert.invalid.regionPath");
        assertThat(refused(alert("screening.fever", "230506//1", List.of(), null, null)))
                .extracting(Violation::messageKey).containsExactly("alert.invalid.regionPath");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/", "//example.com/x", "/a b", "/a\\b", "/a\u0007"})
    void aLinkIsAPathInThePlatform(String link) {
        assertThat(refused(alert("screening.fever", "230506", List.of(), link, null)))
                .extracting(Violation::field).containsExactly("link");
    }

    @Test
    void titleArgumentsAndTheDedupKeyGiveTheirLimits() {
        Violation tooMany = refused(alert("screening.fever", "230506", List.of("1", "2", "3", "4", "5", "6"), null,
                null)).get(0);
        assertThat(tooMany.messageKey()).isEqualTo("alert.invalid.titleArgs");
        assertThat(tooMany.args()).containsExactly(5, 100);
        assertThat(refused(alert("screening.fever", "230506", List.of("字".repeat(101)), null, null)))
                .extracting(Violation::field).containsExactly("titleArgs");
        assertThat(refused(alert("screening.fever", "230506", List.of("字".repeat(100)), null, null))).isEmpty();
        Violation longKey = refused(alert("screening.fever", "230506", List.of(), null, "k".repeat(201))).get(0);
        assertThat(longKey.field()).isEqualTo("dedupKey");
        assertThat(longKey.args()).containsExactly(200);
    }
}
