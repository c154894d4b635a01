package org.shuangsheng.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.regex.Pattern;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shuangsheng.notification.NotificationRequest;
import org.shuangsheng.shared.InvalidInputException.Violation;
import org.shuangsheng.shared.validation.Violations;

class NotificationTextTest {

    static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dXx]");
    static final Pattern PHONE = Pattern.compile("1\\d{10}");

    @Test
    void masksIdNumbersAndMobilesInText() {
        assertThat(NotificationText.mask("居民230506198001011234发热，电话13812345678，请上门"))
                .isEqualTo("居民230506********1234发热，电话138****5678，请上门");
        assertThat(NotificationText.mask("23050619800101123x")).isEqualTo("230506********123X");
    }

    @ParameterizedTest
    @ValueSource(strings = {"230506198001011234", "ID:23050619800101123X.", "tel 13912345678", "19912345678",
            "1381234567800", "99913812345678", "10000000000", "2305061980010112341234", "a13812345678b",
            "13812345678\n23050619800101123X"})
    void noIdNumberOrElevenDigitRunIsLeft(String text) {
        String masked = NotificationText.mask(text);
        assertThat(ID_NUMBER.matcher(masked).find()).as(masked).isFalse();
        assertThat(PHONE.matcher(masked).find()).as(masked).isFalse();
        assertThat(masked).hasSameSizeAs(text);
    }

    @Test
    void leavesOrdinaryNumbersAlone() {
        assertThat(NotificationText.mask("3月17日24时，全区累计排查 12345 户，0469-1234567"))
                .isEqualTo("3月17日24时，全区累计排查 12345 户，0469-1234567");
    }

    @Test
    void aGridOrCommunityCodeIsNotMaskedAsIfItWereAnIdNumber() {
        assertThat(NotificationText.mask("网格 23050600100101，社区 230506001001"))
                .isEqualTo("网格 23050600100101，社区 230506001001");
        assertThat(NotificationText.mask("8613812345678")).as("a mobile with its country code is no region code")
                .isEqualTo("861********78");
        assertThat(NotificationText.mask("23013812345678")).as("a region-shaped run with a mobile inside")
                .isEqualTo("230*********78");
    }

    @Test
    void subjectIsOneLineOfAtMostOneHundredCharacters() {
        assertThat(NotificationText.subject("发热\r\n预警")).isEqualTo("发热  预警");
        assertThat(refused(NotificationRequest.toUser("u", "字".repeat(100), ""))).isEmpty();
        assertThat(refused(NotificationRequest.toUser("u", "字".repeat(101), ""))).extracting(Violation::messageKey)
                .containsExactly("notification.subject.tooLong");
        assertThat(refused(NotificationRequest.toUser("u", " \u200B\n ", ""))).extracting(Violation::messageKey)
                .containsExactly("notification.subject.required");
    }

    @Test
    void bodyHasAtMostOneThousandCharacters() {
        assertThat(refused(NotificationRequest.toUser("u", "s", "字".repeat(1000)))).isEmpty();
        assertThat(refused(NotificationRequest.toUser("u", "s", "字".repeat(1001)))).extracting(Violation::field)
                .containsExactly("body");
    }

    static List<Violation> refused(NotificationRequest request) {
        return Violations.translate(VALIDATOR.validate(request));
    }

    @Test
    void aReasonIsOneShortMaskedLine() {
        assertThat(NotificationText.reason("HTTP 500\nfor 13812345678" + "x".repeat(300)))
                .startsWith("HTTP 500 for 138****5678").hasSize(200);
        assertThat(NotificationText.reason(" ")).isNull();
    }
}
