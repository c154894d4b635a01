package org.shuangsheng.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuditTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"\r", "\n", "\r\n", "\u0085", "\u2028", "\u2029", "\u0000", "\u001b[31m", "\t",
            "\u202E", "\u200B"})
    void everyKindOfLineBreakOrInvisibleCharacterBecomesASpace(String separator) {
        assertThat(AuditText.line("a" + separator + "b", 500)).matches("a +\\[?(31m)?b").doesNotContain(separator);
    }

    @Test
    void blankTextIsNoText() {
        assertThat(AuditText.line(null, 10)).isNull();
        assertThat(AuditText.line(" \r\n ", 10)).isNull();
    }

    @Test
    void aLongTextIsCutButNeverInsideASurrogatePair() {
        String text = "a".repeat(9) + "\uD840\uDC00" + "b";
        assertThat(AuditText.line(text, 10)).isEqualTo("a".repeat(9));
        assertThat(AuditText.line(text, 11)).isEqualTo("a".repeat(9) + "\uD840\uDC00");
    }

    @Test
    void idAndMobileNumbersAreMasked() {
        assertThat(AuditText.line("id 23050619900307123X and 13812345678.", 100))
                .isEqualTo("id 230506********123X and 138****5678.");
    }

    @Test
    void otherNumbersStayAsTheyAre() {
        assertThat(AuditText.line("grid 23050600100101 order 12 code 1234567890123456789", 100))
                .isEqualTo("grid 23050600100101 order 12 code 1234567890123456789");
    }
}
