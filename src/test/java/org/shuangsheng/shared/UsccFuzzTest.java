package org.shuangsheng.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Locale;

/** Parsing either accepts a well-formed code or throws {@link InvalidValueException}. */
class UsccFuzzTest {

    @FuzzTest
    void parseAcceptsOnlyWellFormedCodes(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        Uscc uscc;
        try {
            uscc = Uscc.parse(text);
        } catch (InvalidValueException e) {
            assertThat(e.messageKey()).startsWith("invalid.uscc.");
            assertThat(Uscc.isValid(text)).isFalse();
            return;
        }
        String value = uscc.value();
        assertThat(value).matches("[0-9A-HJ-NP-RTUW-Y]{18}");
        assertThat(Uscc.checkCharacter(value.substring(0, 17))).isEqualTo(value.charAt(17));
        assertThat(Uscc.parse(value)).isEqualTo(uscc);
        assertThat(Uscc.parse(value.toLowerCase(Locale.ROOT))).isEqualTo(uscc);
        assertThat(new Uscc(value)).isEqualTo(uscc);
    }
}
