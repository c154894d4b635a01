package org.shuangsheng.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** Parsing either accepts a mobile or landline or throws {@link InvalidValueException}. */
class PhoneNumberFuzzTest {

    @FuzzTest
    void parseAcceptsOnlyMobilesAndLandlines(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        PhoneNumber phone;
        try {
            phone = PhoneNumber.parse(text);
        } catch (InvalidValueException e) {
            assertThat(e.messageKey()).isEqualTo("invalid.phone.format");
            assertThat(PhoneNumber.isValid(text)).isFalse();
            return;
        }
        String value = phone.value();
        if (phone.isMobile()) {
            assertThat(value).matches("1[3-9]\\d{9}");
        } else {
            assertThat(value).matches("0(10|2\\d|[3-9]\\d\\d)-\\d{7,8}");
        }
        assertThat(PhoneNumber.parse(value)).isEqualTo(phone);
        assertThat(phone.masked()).hasSameSizeAs(value).doesNotMatch(".*\\d{5}.*");
        assertThat(phone.toString()).isEqualTo(phone.masked());
        assertThat(Masking.phone(text)).isEqualTo(phone.masked());
    }
}
