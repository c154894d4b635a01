package org.shuangsheng.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** Masking takes whatever is stored, so it must never throw and never show much. */
class MaskingFuzzTest {

    @FuzzTest
    void masksAnythingWithoutThrowing(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();

        String idNumber = Masking.idNumber(text);
        String phone = Masking.phone(text);
        String name = Masking.name(text);

        assertThat(idNumber.codePoints().filter(c -> c != '*').count()).isLessThanOrEqualTo(10);
        assertThat(phone.codePoints().filter(c -> c != '*').count()).isLessThanOrEqualTo(9);
        assertThat(name.codePoints().filter(c -> c != '*').count()).isLessThanOrEqualTo(1);
        for (String masked : new String[] {idNumber, phone, name}) {
            assertThat(masked).doesNotContain("\n", "\r");
        }
    }
}
