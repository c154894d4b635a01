package org.shuangsheng.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.shuangsheng.shared.ValueGenerator.GeneratedId;

class ResidentIdNumberTest {

    private static final LocalDate TODAY = ValueGenerator.TODAY;

    @Test
    void parsesTheStandardsExampleAndReadsItsParts() {
        ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X", TODAY);

        assertThat(id.value()).isEqualTo("11010519491231002X");
        assertThat(id.addressCode()).isEqualTo("110105");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.sex()).isEqualTo(Sex.FEMALE);
    }

    @Test
    void readsAnOddSequenceAsMale() {
        assertThat(ResidentIdNumber.parse("230506202003150017", TODAY).sex()).isEqualTo(Sex.MALE);
    }

    @Test
    void computesCheckCharactersIncludingX() {
        // Hand-computed: weighted sums mod 11 of 2, 10 and 8.
        assertThat(ResidentIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(ResidentIdNumber.checkCharacter("23050619800229123")).isEqualTo('0');
        assertThat(ResidentIdNumber.checkCharacter("23050620200315001")).isEqualTo('7');
    }

    @Test
    void refusesToComputeACheckCharacterForSomethingOtherThan17Digits() {
        assertThatThrownBy(() -> ResidentIdNumber.checkCharacter("1101051949123100"))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ResidentIdNumber.checkCharacter("1101051949123100A"))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ResidentIdNumber.checkCharacter(null)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void acceptsLowercaseXAndSurroundingWhitespaceAndNormalises() {
        ResidentIdNumber id = ResidentIdNumber.parse(" \t11010519491231002x\u3000\n", TODAY);

        assertThat(id.value()).isEqualTo("11010519491231002X");
        assertThat(id).isEqualTo(ResidentIdNumber.parse("11010519491231002X", TODAY));
    }

    @Test
    void rejectsIdNumberWhoseCheckCharacterIsWrong() {
        assertRejected("110105194912310021", "invalid.idNumber.checksum");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "11010519491231002", "11010519491231002X1", "1101051949123100XX", "11010519491231002Y",
        "110105 19491231002X", "１１０１０５１９４９１２３１００２Ｘ", "11010519491231002-"})
    void rejectsIdNumberThatIsNotEighteenDigitsAndACheckCharacter(String text) {
        assertRejected(text, "invalid.idNumber.format");
    }

    @Test
    void rejectsNullAsFormatError() {
        assertRejected(null, "invalid.idNumber.format");
    }

    @Test
    void rejectsFifteenDigitFirstGenerationNumbers() {
        assertRejected("110105491231002", "invalid.idNumber.format");
    }

    @Test
    void rejectsBirthDateThatIsNoCalendarDate() {
        // Checksums are right; 1989-13-01 and 1989-02-30 do not exist.
        assertRejected("230506198913010014", "invalid.idNumber.birthDate");
        assertRejected("230506198902300016", "invalid.idNumber.birthDate");
    }

    @Test
    void acceptsTheTwentyNinthOfFebruaryInALeapYear() {
        assertThat(ResidentIdNumber.parse("230506198002291230", TODAY).birthDate()).isEqualTo(LocalDate.of(1980, 2, 29));
    }

    @Test
    void acceptsBirthOnTheFirstDayOf1900AndRejectsTheDayBefore() {
        assertThat(ResidentIdNumber.isValid("230506190001010023", TODAY)).isTrue();
        assertRejected("230506189912310010", "invalid.idNumber.birthDate");
    }

    @Test
    void acceptsBirthTodayAndRejectsBirthTomorrow() {
        assertThat(ResidentIdNumber.isValid("230506202003150017", TODAY)).isTrue();
        assertRejected("230506202003160012", "invalid.idNumber.birthDate");
    }

    @Test
    void takesTodayFromTheGivenClock() {
        // 2020-03-15 16:30 UTC is already 2020-03-16 in Heilongjiang.
        Clock clock = Clock.fixed(Instant.parse("2020-03-15T16:30:00Z"), ZoneId.of("Asia/Shanghai"));

        assertThat(ResidentIdNumber.parse("230506202003160012", clock).birthDate()).isEqualTo(LocalDate.of(2020, 3, 16));
    }

    @Test
    void parsesAgainstTheRealDateByDefault() {
        assertThat(ResidentIdNumber.isValid("11010519491231002X")).isTrue();
        assertThat(ResidentIdNumber.isValid("110105194912310021")).isFalse();
    }

    @Test
    void masksAllButTheFirstSixAndLastFour() {
        assertThat(ResidentIdNumber.parse("11010519491231002X", TODAY).masked()).isEqualTo("110105********002X");
    }

    @Test
    void toStringIsMaskedSoTheNumberCannotLeakIntoLogs() {
        ResidentIdNumber id = ResidentIdNumber.parse("11010519491231002X", TODAY);

        assertThat(id.toString()).isEqualTo("110105********002X");
        assertThat("visitor " + id).doesNotContain("19491231");
    }

    @Test
    void rejectionMessageNeverContainsTheRejectedText() {
        for (String text : List.of("110105194912310021", "230506198913010014", "11010519491231002Y")) {
            assertThatThrownBy(() -> ResidentIdNumber.parse(text, TODAY))
                    .hasMessageNotContaining(text)
                    .hasMessageNotContaining(text.substring(0, 10))
                    .hasMessageStartingWith("invalid.idNumber.");
        }
    }

    static List<GeneratedId> generatedIds() {
        return ValueGenerator.many(11643, ValueGenerator::idNumber);
    }

    @ParameterizedTest
    @MethodSource("generatedIds")
    void everyGeneratedIdParsesAndRoundTripsItsParts(GeneratedId generated) {
        ResidentIdNumber id = ResidentIdNumber.parse(generated.value(), TODAY);

        assertThat(id.value()).isEqualTo(generated.value());
        assertThat(id.birthDate()).isEqualTo(generated.birthDate());
        assertThat(id.sex()).isEqualTo(generated.sex());
        assertThat(id.addressCode()).isEqualTo(generated.addressCode());
        assertThat(ResidentIdNumber.parse(id.value(), TODAY)).isEqualTo(id).hasSameHashCodeAs(id);
    }

    @ParameterizedTest
    @MethodSource("generatedIds")
    void everySingleCharacterChangeOfAValidIdIsRejected(GeneratedId generated) {
        String valid = generated.value();
        for (int position = 0; position < valid.length(); position++) {
            for (char replacement : "0123456789Xx ".toCharArray()) {
                if (Character.toUpperCase(replacement) == valid.charAt(position)) {
                    continue;
                }
                String changed = valid.substring(0, position) + replacement + valid.substring(position + 1);
                assertThat(ResidentIdNumber.isValid(changed, TODAY)).as("changed at %d", position).isFalse();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("generatedIds")
    void maskingAnIdNeverRevealsMoreThanTenCharacters(GeneratedId generated) {
        String masked = ResidentIdNumber.parse(generated.value(), TODAY).masked();

        assertThat(masked).hasSize(18).startsWith(generated.value().substring(0, 6)).endsWith(generated.value().substring(14));
        assertThat(masked.chars().filter(c -> c != '*').count()).isLessThanOrEqualTo(10);
        assertThat(Masking.idNumber(generated.value())).isEqualTo(masked);
    }

    static Stream<String> generatedIdsWithTypingNoise() {
        ValueGenerator generator = new ValueGenerator(1164);
        return Stream.generate(() -> {
            String id = generator.idNumber().value();
            String typed = generator.random().nextBoolean() ? id.replace('X', 'x') : id;
            return " ".repeat(generator.random().nextInt(3)) + typed + "\t".repeat(generator.random().nextInt(2));
        }).limit(ValueGenerator.CASES);
    }

    @ParameterizedTest
    @MethodSource("generatedIdsWithTypingNoise")
    void typingNoiseNormalisesToTheSameValue(String typed) {
        ResidentIdNumber id = ResidentIdNumber.parse(typed, TODAY);

        assertThat(id.value()).isEqualTo(typed.strip().toUpperCase());
    }

    private static void assertRejected(String text, String messageKey) {
        assertThatThrownBy(() -> ResidentIdNumber.parse(text, TODAY))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.messageKey()).isEqualTo(messageKey));
        assertThat(ResidentIdNumber.isValid(text, TODAY)).isFalse();
    }
}
