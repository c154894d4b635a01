package org.shuangsheng.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.shuangsheng.shared.InvalidInputException.Violation;
import org.shuangsheng.shared.Sex;

/** Each constraint of {@code shared}: what passes, what is refused with which key, and null and blank. */
class ConstraintsTest {

    /** 2020-03-18 16:30 UTC is already the 19th in the district. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2020-03-18T16:30:00Z"), ZoneOffset.UTC);

    static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).clockProvider(() -> CLOCK)
            .buildValidatorFactory().getValidator();

    record Enterprise(@Uscc String uscc, @MobilePhone String phone, @MobilePhone(landline = false) String mobile,
            @RegionCode String regionCode) {
    }

    record Person(@NotBlankText(message = "population.name.required") @PlainText(max = 4) String name,
            @ResidentId String idNumber, @PlainText(max = 10, allowed = "\n") String notes,
            @PlainText(max = 5, refuseHiddenControls = false) String key,
            @PlainText(max = 8, forbidden = ",", message = "quarantine.keyArea.name.format") String area,
            @OneOf(value = Sex.class, ignoreCase = true) String sex, @IsoDate(minYear = 2000, maxYear = 2100) String day,
            @IsoDateTime String at) {
    }

    record Plan(@PlainText(max = 5, allowed = "\n", message = "enterprise.text.format",
            tooLong = "enterprise.text.tooLong") String steps) {
    }

    static Person person() {
        return new Person("刘德福", "11010519491231002X", null, null, null, null, null, null);
    }

    static List<Violation> violations(Object bean) {
        return Violations.translate(VALIDATOR.validate(bean));
    }

    static String only(Object bean) {
        List<Violation> found = violations(bean);
        assertThat(found).hasSize(1);
        return found.get(0).field() + " " + found.get(0).messageKey();
    }

    @Test
    void creditCodesPassAsUsccParsesThemAndAreRefusedWithItsKey() {
        assertThat(violations(new Enterprise("91350100M000100Y43", null, null, null))).isEmpty();
        assertThat(violations(new Enterprise(" 91350100m000100y43 ", null, null, null))).isEmpty();
        assertThat(only(new Enterprise("91350100M000100Y44", null, null, null))).isEqualTo("uscc invalid.uscc.checksum");
        assertThat(only(new Enterprise("9123050", null, null, null))).isEqualTo("uscc invalid.uscc.format");
    }

    @Test
    void phonesAreMobilesOrLandlinesUnlessOnlyAMobileWillDo() {
        assertThat(violations(new Enterprise(null, "138 0013 8000", "+86 13800138000", null))).isEmpty();
        assertThat(violations(new Enterprise(null, "0469-4221234", null, null))).isEmpty();
        assertThat(only(new Enterprise(null, "12345", null, null))).isEqualTo("phone invalid.phone.format");
        assertThat(only(new Enterprise(null, null, "0469-4221234", null))).isEqualTo("mobile invalid.phone.mobile");
        assertThat(only(new Enterprise(null, null, "abc", null))).isEqualTo("mobile invalid.phone.format");
    }

    @Test
    void regionCodesAreTwoToTwentyDigits() {
        assertThat(violations(new Enterprise(null, null, null, "230506001"))).isEmpty();
        for (String bad : new String[] {"2", "23A506", "230506/001", "123456789012345678901", "２３"}) {
            assertThat(only(new Enterprise(null, null, null, bad))).isEqualTo("regionCode invalid.regionCode.format");
        }
    }

    @Test
    void idNumbersAreCheckedAgainstTodayInTheDistrict() {
        assertThat(violations(person())).isEmpty();
        Person wrongCheck = new Person("刘德福", "110105194912310021", null, null, null, null, null, null);
        assertThat(only(wrongCheck)).isEqualTo("idNumber invalid.idNumber.checksum");
        Person shortNumber = new Person("刘德福", "2305061990", null, null, null, null, null, null);
        assertThat(only(shortNumber)).isEqualTo("idNumber invalid.idNumber.format");
        // Born on the 19th: today in Shuangyashan, though UTC is still on the 18th.
        String bornToday = "23050620200319001";
        bornToday += org.shuangsheng.shared.ResidentIdNumber.checkCharacter(bornToday);
        assertThat(violations(new Person("刘德福", bornToday, null, null, null, null, null, null))).isEmpty();
        String bornTomorrow = "23050620200320001";
        bornTomorrow += org.shuangsheng.shared.ResidentIdNumber.checkCharacter(bornTomorrow);
        assertThat(only(new Person("刘德福", bornTomorrow, null, null, null, null, null, null)))
                .isEqualTo("idNumber invalid.idNumber.birthDate");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\u3000\t"})
    void nullAndBlankPassEveryConstraintButNotBlankText(String blank) {
        assertThat(violations(new Enterprise(blank, blank, blank, blank))).isEmpty();
        Person person = new Person(blank, blank, blank, blank, blank, blank, blank, blank);
        assertThat(violations(person)).extracting(Violation::field, Violation::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("name", "population.name.required"));
    }

    @Test
    void plainTextIsJudgedStrippedAndGivesItsLimitAsTheMessagesArgument() {
        Person p = new Person("  刘德福二 ", "11010519491231002X", "一行\n两行", "k\u0001y", "湖北省", "male", "2020-03-18",
                "2020-03-18T09:30");
        assertThat(violations(p)).isEmpty();
        List<Violation> found = violations(new Person("刘德福二三", "11010519491231002X", "a\u202Eb", "123456",
                "湖北,武汉", "unknown", "2020-02-30", "2020-03-18 09:30"));
        assertThat(found).extracting(Violation::field).containsExactly("name", "notes", "key", "area", "sex", "day", "at");
        assertThat(found.get(0).messageKey()).isEqualTo("invalid.text.format");
        assertThat(found.get(0).args()).containsExactly(4);
        assertThat(found.get(3).messageKey()).isEqualTo("quarantine.keyArea.name.format");
        assertThat(found.get(3).args()).containsExactly(8);
        assertThat(found.get(4).messageKey()).isEqualTo("invalid.oneOf");
        assertThat(found.get(4).args()).isEmpty();
    }

    @Test
    void plainTextMaySayTooLongApartFromNotAllowedCharacters() {
        assertThat(violations(new Plan(" 一\n二三四 "))).isEmpty();
        List<Violation> tooLong = violations(new Plan("一二三四五六"));
        assertThat(tooLong).extracting(Violation::messageKey).containsExactly("enterprise.text.tooLong");
        assertThat(tooLong.get(0).args()).containsExactly(5);
        assertThat(only(new Plan("一\u0007二"))).isEqualTo("steps enterprise.text.format");
        // Both wrong: said once, as too long, as the rules in code said it.
        assertThat(only(new Plan("一二\u0007三四五"))).isEqualTo("steps enterprise.text.tooLong");
    }

    @Test
    void datesOutsideTheYearsAllowedAreRefused() {
        Person p = new Person("刘德福", null, null, null, null, null, "1999-12-31", null);
        assertThat(only(p)).isEqualTo("day invalid.date.format");
        assertThat(IsoDateValidator.parse(" 2020-03-18 ")).hasToString("2020-03-18");
        assertThat(IsoDateValidator.parse("18.03.2020")).isNull();
        assertThat(IsoDateTimeValidator.parse("2020-03-18T09:30", java.time.ZoneId.of("Asia/Shanghai")))
                .isEqualTo(Instant.parse("2020-03-18T01:30:00Z"));
        assertThat(IsoDateTimeValidator.parse("2020-03-18T09:30:00Z", ZoneOffset.ofHours(8)))
                .isEqualTo(Instant.parse("2020-03-18T09:30:00Z"));
        assertThat(Locale.ROOT).isNotNull();
    }
}
