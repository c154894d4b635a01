package org.shuangsheng.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class MaskingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            王五      | 王*
            李小龙    | 李**
            欧阳娜娜  | 欧***
            王        | *
            """)
    void namesShowOnlyTheFirstCharacter(String name, String masked) {
        assertThat(Masking.name(name)).isEqualTo(masked);
    }

    @Test
    void namesCountCodePointsSoSurrogatePairsAreNeitherSplitNorDoubled() {
        // 𠀀 (U+20000) and 𪚥 (U+2A6A5) are CJK Extension B: two chars each in Java.
        assertThat(Masking.name("𠀀明")).isEqualTo("𠀀*");
        assertThat(Masking.name("王𪚥")).isEqualTo("王*");
        assertThat(Masking.name("𪚥")).isEqualTo("*");
    }

    @Test
    void nameThatDoesNotStartWithALetterIsAllStars() {
        assertThat(Masking.name("\u0000王五")).isEqualTo("***");
        assertThat(Masking.name("\uD800王")).isEqualTo("**");
        assertThat(Masking.name("=cmd|' /C calc'!A0")).doesNotContain("=");
    }

    @Test
    void nullAndBlankGiveEmptyText() {
        assertThat(Masking.name(null)).isEmpty();
        assertThat(Masking.idNumber(null)).isEmpty();
        assertThat(Masking.phone(null)).isEmpty();
        assertThat(Masking.name("  ")).isEmpty();
        assertThat(Masking.idNumber("")).isEmpty();
    }

    @Test
    void idNumbersShowFirstSixAndLastFour() {
        assertThat(Masking.idNumber("11010519491231002X")).isEqualTo("110105********002X");
        assertThat(Masking.idNumber(" 11010519491231002x ")).isEqualTo("110105********002X");
    }

    @Test
    void anIdNumberWithAWrongCheckCharacterIsMaskedLikeAValidOne() {
        assertThat(Masking.idNumber("110105194912310021")).isEqualTo("110105********0021");
    }

    @Test
    void somethingElseInAnIdNumberFieldKeepsAtMostFirstThreeAndLastTwo() {
        assertThat(Masking.idNumber("110105491231002")).isEqualTo("110**********02");
        assertThat(Masking.idNumber("1101054")).isEqualTo("*******");
        assertThat(Masking.idNumber("AB12345\r\nX9")).isEqualTo("AB1******X9");
    }

    @Test
    void phonesAreMaskedAsFieldRulesSay() {
        assertThat(Masking.phone("138 1234 5678")).isEqualTo("138****5678");
        assertThat(Masking.phone("0469-4221234")).isEqualTo("0469-***1234");
    }

    @Test
    void somethingElseInAPhoneFieldKeepsAtMostFirstThreeAndLastTwo() {
        assertThat(Masking.phone("1381234567")).isEqualTo("138*****67");
        assertThat(Masking.phone("4221234")).isEqualTo("*******");
    }

    static Stream<String> anyText() {
        ValueGenerator generator = new ValueGenerator(6);
        return Stream.generate(() -> generator.anyText(30)).limit(ValueGenerator.CASES);
    }

    @ParameterizedTest
    @MethodSource("anyText")
    void masksAnyTextWithoutThrowingOrRevealingMuch(String text) {
        String idNumber = Masking.idNumber(text);
        String phone = Masking.phone(text);

        assertThat(idNumber).doesNotContain("\n", "\r");
        assertThat(phone).doesNotContain("\n", "\r");
        // 6 + 4 for an ID-shaped text, 4 + 1 + 4 for a landline ("0469-***1234"), else 3 + 2.
        assertThat(idNumber.codePoints().filter(c -> c != '*').count()).isLessThanOrEqualTo(10);
        assertThat(phone.codePoints().filter(c -> c != '*').count()).isLessThanOrEqualTo(9);
        String name = Masking.name(text);
        assertThat(name.codePoints().filter(c -> c != '*').count()).isLessThanOrEqualTo(1);
        assertThat(name.codePointCount(0, name.length())).isEqualTo(text.strip().codePointCount(0, text.strip().length()));
    }

    static Stream<String> eighteenCharacterStrings() {
        ValueGenerator generator = new ValueGenerator(18);
        return Stream.generate(() -> {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 18; i++) {
                text.append(generator.random().nextInt(4) == 0 ? (char) ('A' + generator.random().nextInt(26))
                        : (char) ('0' + generator.random().nextInt(10)));
            }
            return text.toString();
        }).limit(ValueGenerator.CASES);
    }

    @ParameterizedTest
    @MethodSource("eighteenCharacterStrings")
    void maskingNeverRevealsMoreThanTenCharactersOfAnEighteenCharacterString(String text) {
        String masked = Masking.idNumber(text);

        assertThat(masked).hasSize(18);
        assertThat(masked.chars().filter(c -> c != '*').count()).isLessThanOrEqualTo(10);
        assertThat(masked).doesNotMatch(".*\\d{7}.*");
    }
}
