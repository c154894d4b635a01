package org.shuangsheng.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.InvalidInputException.Violation;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Constraint violations become the platform's {@link InvalidInputException}: field paths as the
 * form and the JSON body name them, message keys and arguments that read the same in Chinese and
 * English as the rules written in code did.
 */
class ViolationsTest {

    record Member(@NotBlankText(message = "population.name.required") String name, @ResidentId String idNumber,
            @MobilePhone String phone) {
    }

    record Household(@PlainText(max = 200, message = "population.address.format") String address,
            @Valid List<Member> members) {
    }

    record Finding(@NotNull(message = "screening.finding.resident.required") Long residentId,
            @PlainText(max = 200, allowed = "\n", message = "screening.field.tooLong") String symptoms) {
    }

    record Visit(@NotBlankText(message = "screening.visit.mode.required") String mode, @Valid List<Finding> findings) {
    }

    static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasenames("i18n/messages", "i18n/screening", "i18n/population");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    static String text(Violation v, Locale locale) {
        return MESSAGES.getMessage(v.messageKey(), v.args(), v.messageKey(), locale);
    }

    @Test
    void nestedFieldsAreNamedWithTheirIndexAsTheFormAndTheJsonBodyDo() {
        Household household = new Household("红旗街道 3 号", List.of(
                new Member("刘德福", "11010519491231002X", null),
                new Member("", "110105194912310021", "12345")));
        List<Violation> found = Violations.translate(ConstraintsTest.VALIDATOR.validate(household));
        assertThat(found).extracting(Violation::field)
                .containsExactly("members[1].name", "members[1].idNumber", "members[1].phone");
        assertThat(text(found.get(1), Locale.SIMPLIFIED_CHINESE)).isEqualTo("身份证号码校验位不正确，请核对号码。");
        // No arguments: the apostrophe is not eaten by MessageFormat.
        assertThat(text(found.get(1), Locale.ENGLISH))
                .isEqualTo("The ID number's check character does not match; please check the number.");
    }

    @Test
    void aLimitReachesTheMessageAsItsArgumentInBothLanguages() {
        Visit visit = new Visit("PHONE", List.of(new Finding(1L, "咳".repeat(201))));
        Violation tooLong = Violations.translate(ConstraintsTest.VALIDATOR.validate(visit)).get(0);
        assertThat(tooLong.field()).isEqualTo("findings[0].symptoms");
        assertThat(text(tooLong, Locale.SIMPLIFIED_CHINESE)).isEqualTo("不超过 200 字");
        assertThat(text(tooLong, Locale.ENGLISH)).isEqualTo("At most 200 characters");
    }

    @Test
    void rulesInCodeJoinTheConstraintsInOneAnswerInTheOrderOfTheFields() {
        Visit visit = new Visit(" ", List.of(new Finding(7L, null), new Finding(null, null)));
        Violations violations = Violations.of(ConstraintsTest.VALIDATOR, visit);
        assertThat(violations.refused("findings[1].residentId")).isTrue();
        assertThat(violations.refused("findings[0].residentId")).isFalse();
        violations.add("findings[0].residentId", "screening.finding.resident.notInHousehold")
                .add(null, "screening.round.closed");
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, violations::throwIfAny);
        assertThat(e.violations()).extracting(Violation::field)
                .containsExactly(null, "mode", "findings[0].residentId", "findings[1].residentId");
        assertThat(e.violations()).extracting(v -> text(v, Locale.ENGLISH)).containsExactly(
                "This round is closed: no more visits can be recorded", "Choose in person or by phone",
                "This person is not a member of the household", "A member is missing");
    }

    @Test
    void nothingFoundThrowsNothing() {
        Violations.of(ConstraintsTest.VALIDATOR, new Visit("PHONE", List.of(new Finding(1L, "咳嗽")))).throwIfAny();
    }

    @Test
    void bracesAroundAKeyAreDropped() {
        record Braced(@NotNull(message = "{screening.visit.household.required}") Long householdId) {
        }
        Violation v = Violations.translate(ConstraintsTest.VALIDATOR.validate(new Braced(null))).get(0);
        assertThat(v.messageKey()).isEqualTo("screening.visit.household.required");
        assertThat(text(v, Locale.SIMPLIFIED_CHINESE)).isEqualTo("请选择住户");
    }
}
