package org.shuangsheng.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;

/**
 * Whatever arrives, parsing either accepts a well-formed number or throws {@link
 * InvalidValueException}; any other exception is a finding. Plain {@code mvn test} runs the seed
 * inputs under {@code ResidentIdNumberFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class ResidentIdNumberFuzzTest {

    private static final LocalDate TODAY = ValueGenerator.TODAY;

    @FuzzTest
    void parseAcceptsOnlyWellFormedNumbers(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        ResidentIdNumber id;
        try {
            id = ResidentIdNumber.parse(text, TODAY);
        } catch (InvalidValueException e) {
            assertThat(e.messageKey()).startsWith("invalid.idNumber.");
            assertThat(ResidentIdNumber.isValid(text, TODAY)).isFalse();
            return;
        }
        String value = id.value();
        assertThat(value).matches("\\d{17}[\\dX]");
        assertThat(ResidentIdNumber.checkCharacter(value.substring(0, 17))).isEqualTo(value.charAt(17));
        assertThat(id.birthDate()).isBetween(LocalDate.of(1900, 1, 1), TODAY);
        assertThat(ResidentIdNumber.parse(value, TODAY)).isEqualTo(id);
        assertThat(id.toString()).isEqualTo(id.masked()).doesNotContain(value.substring(6, 14));
        assertThat(Masking.idNumber(text)).isEqualTo(id.masked());
    }
}
