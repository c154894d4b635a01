package org.shuangsheng.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class UsccTest {

    private static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    @Test
    void acceptsARealCode() {
        // A Fujian enterprise; its organisation code M000100Y-4 passes GB 11714 too.
        assertThat(Uscc.parse("91350100M000100Y43").value()).isEqualTo("91350100M000100Y43");
    }

    @ParameterizedTest
    @ValueSource(strings = {"91230506000000000X", "91230506742101230A", "92230506MA1B2C3D8X", "11230506123456788D",
        "Y1230506MA7HKL0A3R", "91110000100000008J"})
    void acceptsCodesWithHandComputedCheckCharacters(String code) {
        assertThat(Uscc.isValid(code)).isTrue();
    }

    @Test
    void computesBothCheckCharacters() {
        assertThat(Uscc.checkCharacter("91350100M000100Y4")).isEqualTo('3');
        assertThat(Uscc.checkCharacter("91230506000000000")).isEqualTo('X');
        assertThat(Uscc.organizationCodeCheckCharacter("M000100Y")).isEqualTo('4');
        // Weighted sum 12 (1 mod 11) leaves 10, written X; sum 0 leaves 11, written 0.
        assertThat(Uscc.organizationCodeCheckCharacter("00000006")).isEqualTo('X');
        assertThat(Uscc.organizationCodeCheckCharacter("00000000")).isEqualTo('0');
        assertThat(Uscc.organizationCodeCheckCharacter("MA1B2C3D")).isEqualTo('8');
    }

    @Test
    void acceptsLowercaseAndSurroundingWhitespaceAndNormalises() {
        assertThat(Uscc.parse("  91350100m000100y43\n")).isEqualTo(new Uscc("91350100M000100Y43"));
    }

    @Test
    void rejectsCodeWhoseCheckCharacterIsWrong() {
        assertRejected("91350100M000100Y44", "invalid.uscc.checksum");
    }

    @Test
    void rejectsCodeWhoseOrganisationCodeCheckIsWrongEvenIfTheOuterCheckFits() {
        // Outer GB 32100 check recomputed to fit; the inner GB 11714 check should be 0, not 5.
        assertThat(Uscc.checkCharacter("91230506742101235")).isEqualTo('R');
        assertRejected("91230506742101235R", "invalid.uscc.checksum");
    }

    @Test
    void rejectsAnOftenQuotedMadeUpExample() {
        assertRejected("91110000100000000X", "invalid.uscc.checksum");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "91350100M000100Y4", "91350100M000100Y433", "91350100M000100I43", "91350100M000100O43",
        "91350100M000100Z43", "91350100M000100S43", "91350100M000100V43", "9135 0100M000100Y4", "９1350100M000100Y43"})
    void rejectsCodeOfWrongLengthOrCharacters(String text) {
        assertRejected(text, "invalid.uscc.format");
    }

    @Test
    void rejectsNullAsFormatError() {
        assertRejected(null, "invalid.uscc.format");
    }

    @Test
    void doesNotTurnOtherScriptsIntoAsciiLetters() {
        // Turkish dotless ı upper-cases to I under String.toUpperCase.
        assertRejected("91350100M000100Y4ı", "invalid.uscc.format");
    }

    @Test
    void constructorAcceptsOnlyTheNormalisedForm() {
        assertThatThrownBy(() -> new Uscc("91350100m000100y43")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void toStringIsTheWholeCodeBecauseCreditCodesArePublic() {
        assertThat(Uscc.parse("91350100M000100Y43")).hasToString("91350100M000100Y43");
    }

    static List<String> generatedCodes() {
        return ValueGenerator.many(32100, ValueGenerator::uscc);
    }

    @ParameterizedTest
    @MethodSource("generatedCodes")
    void everyGeneratedCodeParsesAndRoundTrips(String code) {
        Uscc uscc = Uscc.parse(code.toLowerCase());

        assertThat(uscc.value()).isEqualTo(code);
        assertThat(Uscc.parse(uscc.value())).isEqualTo(uscc);
    }

    @ParameterizedTest
    @MethodSource("generatedCodes")
    void everySingleCharacterChangeOfAValidCodeIsRejected(String valid) {
        for (int position = 0; position < valid.length(); position++) {
            for (char replacement : (CHARACTERS + "IOZSV-").toCharArray()) {
                if (replacement == valid.charAt(position)) {
                    continue;
                }
                String changed = valid.substring(0, position) + replacement + valid.substring(position + 1);
                assertThat(Uscc.isValid(changed)).as("changed at %d to %s", position, replacement).isFalse();
            }
        }
    }

    private static void assertRejected(String text, String messageKey) {
        assertThatThrownBy(() -> Uscc.parse(text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.messageKey()).isEqualTo(messageKey));
        assertThat(Uscc.isValid(text)).isFalse();
    }
}
