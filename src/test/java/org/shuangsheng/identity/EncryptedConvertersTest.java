package org.shuangsheng.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shuangsheng.identity.PersonalDataCipherTest.ID_PATTERN;
import static org.shuangsheng.identity.PersonalDataCipherTest.MOBILE_PATTERN;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.shuangsheng.shared.PhoneNumber;
import org.shuangsheng.shared.ResidentIdNumber;

/** The converters called directly, as Hibernate calls them; EncryptedConvertersJpaTest runs them in Hibernate. */
class EncryptedConvertersTest {

    private static final int CASES = 300;

    private final PersonalDataCipher cipher = TestKeys.cipher(1);

    private final EncryptedIdNumberConverter idNumbers = new EncryptedIdNumberConverter(cipher);

    private final EncryptedPhoneConverter phones = new EncryptedPhoneConverter(cipher);

    private final EncryptedTextConverter texts = new EncryptedTextConverter(cipher);

    /** Valid numbers from a seeded generator; their display names are masked, as ResidentIdNumber.toString is. */
    static Stream<ResidentIdNumber> generatedIdNumbers() {
        Random random = new Random(20200315L);
        LocalDate earliest = LocalDate.of(1900, 1, 1);
        LocalDate today = LocalDate.of(2020, 3, 15);
        long span = ChronoUnit.DAYS.between(earliest, today);
        return Stream.generate(() -> {
            LocalDate birth = switch (random.nextInt(10)) {
                case 0 -> earliest;
                case 1 -> today;
                default -> earliest.plusDays(random.nextLong(span + 1));
            };
            String first17 = String.format("%d%05d%04d%02d%02d%03d", 1 + random.nextInt(8), random.nextInt(100_000),
                    birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), random.nextInt(1000));
            return ResidentIdNumber.parse(first17 + ResidentIdNumber.checkCharacter(first17), today);
        }).limit(CASES);
    }

    static Stream<PhoneNumber> generatedMobiles() {
        Random random = new Random(13800138000L);
        return Stream.generate(() -> PhoneNumber.parse(
                String.format("1%d%09d", 3 + random.nextInt(7), random.nextInt(1_000_000_000)))).limit(CASES);
    }

    @ParameterizedTest
    @MethodSource("generatedIdNumbers")
    void everyValidIdNumberRoundTripsAndIsNeverStoredInClear(ResidentIdNumber idNumber) {
        String stored = idNumbers.convertToDatabaseColumn(idNumber);

        assertThat(stored).doesNotContainPattern(ID_PATTERN).doesNotContainPattern(MOBILE_PATTERN);
        assertThat(idNumbers.convertToEntityAttribute(stored)).isEqualTo(idNumber);
        assertThat(cipher.idNumberHash(idNumbers.convertToEntityAttribute(stored)))
                .isEqualTo(cipher.idNumberHash(idNumber));
    }

    @ParameterizedTest
    @MethodSource("generatedMobiles")
    void everyMobileRoundTripsAndIsNeverStoredInClear(PhoneNumber phone) {
        String stored = phones.convertToDatabaseColumn(phone);

        assertThat(stored).doesNotContainPattern(MOBILE_PATTERN);
        assertThat(phones.convertToEntityAttribute(stored)).isEqualTo(phone);
    }

    @Test
    void landlinesRoundTripInTheirNormalForm() {
        PhoneNumber landline = PhoneNumber.parse("0469 4221234");

        assertThat(phones.convertToEntityAttribute(phones.convertToDatabaseColumn(landline)).value())
                .isEqualTo("0469-4221234");
    }

    @Test
    void healthNotesRoundTrip() {
        String note = "体温 37.3℃，无咳嗽；2020-03-02 自哈尔滨返回";

        String stored = texts.convertToDatabaseColumn(note);

        assertThat(stored).doesNotContain("体温");
        assertThat(texts.convertToEntityAttribute(stored)).isEqualTo(note);
    }

    @Test
    void nullColumnsAreNullValues() {
        assertThat(idNumbers.convertToDatabaseColumn(null)).isNull();
        assertThat(idNumbers.convertToEntityAttribute(null)).isNull();
        assertThat(phones.convertToDatabaseColumn(null)).isNull();
        assertThat(phones.convertToEntityAttribute(null)).isNull();
        assertThat(texts.convertToDatabaseColumn(null)).isNull();
        assertThat(texts.convertToEntityAttribute(null)).isNull();
    }

    @Test
    void aColumnFromAnotherKeyFailsToLoad() {
        String stored = new EncryptedIdNumberConverter(TestKeys.cipher(2))
                .convertToDatabaseColumn(ResidentIdNumber.parse(PersonalDataCipherTest.idNumber("23050619900307123")));

        assertThatThrownBy(() -> idNumbers.convertToEntityAttribute(stored))
                .isInstanceOf(DecryptionFailedException.class);
    }
}
