package org.shuangsheng.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            13800138000           | 13800138000
            138 0013 8000         | 13800138000
            138-0013-8000         | 13800138000
            +86 138 0013 8000     | 13800138000
            +8613800138000        | 13800138000
            008613800138000       | 13800138000
            '\u3000199 4521 0000 ' | 19945210000
            """)
    void normalisesMobilesToElevenDigits(String typed, String value) {
        PhoneNumber phone = PhoneNumber.parse(typed);

        assertThat(phone.value()).isEqualTo(value);
        assertThat(phone.isMobile()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            0469-4221234   | 0469-4221234
            04694221234    | 0469-4221234
            0469 422 1234  | 0469-4221234
            010-12345678   | 010-12345678
            01012345678    | 010-12345678
            021-6234567    | 021-6234567
            0451-86661234  | 0451-86661234
            """)
    void normalisesLandlinesToAreaCodeHyphenLocalNumber(String typed, String value) {
        PhoneNumber phone = PhoneNumber.parse(typed);

        assertThat(phone.value()).isEqualTo(value);
        assertThat(phone.isMobile()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1380013800", "138001380001", "12800138000", "23800138000", "+86 0469 4221234",
        "+1 13800138000", "0469-42212", "0469-422123456", "0101-2345678", "011-12345678", "0069-4221234",
        "0469-4221234-123", "0469-4221234转123", "(0469)4221234", "１３８００１３８０００", "phone", "13800138000!"})
    void rejectsWhatIsNeitherAMobileNorALandline(String text) {
        assertThatThrownBy(() -> PhoneNumber.parse(text))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("invalid.phone.format"))
                .hasMessage("invalid.phone.format");
        assertThat(PhoneNumber.isValid(text)).isFalse();
    }

    @Test
    void rejectsNullAndAbsurdlyLongInput() {
        assertThat(PhoneNumber.isValid(null)).isFalse();
        assertThat(PhoneNumber.isValid(" ".repeat(100) + "13800138000")).isFalse();
    }

    @Test
    void masksMobileAsFirstThreeAndLastFour() {
        assertThat(PhoneNumber.parse("13812345678").masked()).isEqualTo("138****5678");
    }

    @Test
    void masksLandlineKeepingAreaCodeAndLastFour() {
        assertThat(PhoneNumber.parse("0469-4221234").masked()).isEqualTo("0469-***1234");
        assertThat(PhoneNumber.parse("010-12345678").masked()).isEqualTo("010-****5678");
    }

    @Test
    void toStringIsMaskedSoTheNumberCannotLeakIntoLogs() {
        assertThat(PhoneNumber.parse("13812345678")).hasToString("138****5678");
    }

    @Test
    void equalNumbersTypedDifferentlyAreEqual() {
        assertThat(PhoneNumber.parse("+86 138 1234 5678")).isEqualTo(PhoneNumber.parse("13812345678"))
                .hasSameHashCodeAs(PhoneNumber.parse("13812345678"));
    }

    static List<String> generatedMobiles() {
        return ValueGenerator.many(86, ValueGenerator::mobile);
    }

    @ParameterizedTest
    @MethodSource("generatedMobiles")
    void everyGeneratedMobileParsesInEveryCommonSpelling(String mobile) {
        String spaced = mobile.substring(0, 3) + " " + mobile.substring(3, 7) + " " + mobile.substring(7);
        for (String typed : List.of(mobile, spaced, "+86" + mobile, "+86 " + spaced, "0086" + mobile,
                spaced.replace(' ', '-'))) {
            PhoneNumber phone = PhoneNumber.parse(typed);
            assertThat(phone.value()).isEqualTo(mobile);
            assertThat(phone.isMobile()).isTrue();
        }
        String masked = PhoneNumber.parse(mobile).masked();
        assertThat(masked).matches("1\\d{2}\\*{4}\\d{4}").doesNotMatch(".*1\\d{10}.*");
    }

    static Stream<String> generatedLandlines() {
        ValueGenerator generator = new ValueGenerator(469);
        return Stream.generate(generator::landline).limit(ValueGenerator.CASES);
    }

    @ParameterizedTest
    @MethodSource("generatedLandlines")
    void everyGeneratedLandlineParsesWithOrWithoutHyphen(String landline) {
        assertThat(PhoneNumber.parse(landline).value()).isEqualTo(landline);
        assertThat(PhoneNumber.parse(landline.replace("-", "")).value()).isEqualTo(landline);

        String masked = PhoneNumber.parse(landline).masked();
        String area = landline.substring(0, landline.indexOf('-'));
        assertThat(masked).hasSameSizeAs(landline).startsWith(area + "-").endsWith(landline.substring(landline.length() - 4));
        assertThat(masked.chars().filter(Character::isDigit).count()).isEqualTo(area.length() + 4);
    }
}
