package org.shuangsheng.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.shuangsheng.shared.PhoneNumber;
import org.shuangsheng.shared.ResidentIdNumber;

class PersonalDataCipherTest {

    static final Pattern ID_PATTERN = Pattern.compile("\\d{17}[\\dXx]");

    static final Pattern MOBILE_PATTERN = Pattern.compile("1\\d{10}");

    private static final String ID = idNumber("23050619900307123");

    private final PersonalDataCipher cipher = TestKeys.cipher(1);

    @ParameterizedTest
    @ValueSource(strings = {"", "23050619900307123X", "13800138000", "0469-4221234",
            "发热 37.8℃，3月2日自武汉返回，居家隔离 14 天", "𠀋 Extension B and 😷"})
    void decryptGivesBackWhatWasEncrypted(String plain) {
        assertThat(cipher.decrypt(cipher.encrypt(plain))).isEqualTo(plain);
    }

    @Test
    void nullInGivesNullOut() {
        assertThat(cipher.encrypt(null)).isNull();
        assertThat(cipher.decrypt(null)).isNull();
        assertThat(cipher.blindIndex(null)).isNull();
        assertThat(cipher.idNumberHash(null)).isNull();
        assertThat(cipher.phoneHash(null)).isNull();
    }

    @Test
    void encryptingTwiceGivesDifferentTextButTheSameBlindIndex() {
        String first = cipher.encrypt(ID);
        String second = cipher.encrypt(ID);

        assertThat(first).isNotEqualTo(second);
        assertThat(cipher.decrypt(first)).isEqualTo(cipher.decrypt(second));
        assertThat(cipher.blindIndex(ID)).isEqualTo(cipher.blindIndex(ID));
    }

    @Test
    void storedTextIsVersionNonceCiphertextAndTagInBase64() {
        String stored = cipher.encrypt(ID);
        byte[] bytes = Base64.getDecoder().decode(stored);

        assertThat(bytes[0]).isEqualTo((byte) 1);
        assertThat(bytes).hasSize(1 + 12 + 18 + 16);
        assertThat(stored).hasSize(64);
        assertThat(cipher.encrypt("13800138000")).hasSize(56);
        assertThat(cipher.encrypt("0469-42212345")).hasSize(56);
    }

    @Test
    void storedTextNeverShowsTheIdNumberOrPhone() {
        for (int i = 0; i < 200; i++) {
            assertThat(cipher.encrypt(ID)).doesNotContain(ID).doesNotContainPattern(ID_PATTERN);
            assertThat(cipher.encrypt("13800138000")).doesNotContainPattern(MOBILE_PATTERN);
        }
    }

    @ParameterizedTest
    @EnumSource(PersonalDataSuite.class)
    void flippingAnyBitOfAnyByteFailsDecryptionWithoutQuotingEitherForm(PersonalDataSuite suite) {
        PersonalDataCipher cipher = new PersonalDataCipher(PersonalDataKeys.fromMasterSecret(TestKeys.master(1)), suite);
        String stored = cipher.encrypt(ID);
        byte[] bytes = Base64.getDecoder().decode(stored);
        for (int i = 0; i < bytes.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] tampered = bytes.clone();
                tampered[i] ^= (byte) (1 << bit);
                String tamperedText = Base64.getEncoder().encodeToString(tampered);

                assertThatThrownBy(() -> cipher.decrypt(tamperedText))
                        .isInstanceOf(DecryptionFailedException.class)
                        .hasNoCause()
                        .message().doesNotContain(ID, tamperedText, stored).doesNotContainPattern(ID_PATTERN);
            }
        }
    }

    @Test
    void aDifferentMasterKeyCannotDecryptAndHashesDifferently() {
        PersonalDataCipher other = TestKeys.cipher(2);
        String stored = cipher.encrypt(ID);

        assertThatThrownBy(() -> other.decrypt(stored))
                .isInstanceOf(DecryptionFailedException.class)
                .hasMessageContaining("authentication tag does not match")
                .message().doesNotContain(ID, stored);
        assertThat(other.blindIndex(ID)).isNotEqualTo(cipher.blindIndex(ID));
    }

    @Test
    void refusesTextThatIsNoCiphertextWithoutQuotingIt() {
        String shortText = Base64.getEncoder().encodeToString(new byte[28]);

        assertThatThrownBy(() -> cipher.decrypt(ID)).isInstanceOf(DecryptionFailedException.class)
                .message().doesNotContain(ID);
        assertThatThrownBy(() -> cipher.decrypt("13800138000?")).isInstanceOf(DecryptionFailedException.class)
                .hasMessageContaining("not base64").message().doesNotContain("13800138000");
        assertThatThrownBy(() -> cipher.decrypt(shortText)).isInstanceOf(DecryptionFailedException.class)
                .hasMessageContaining("too short");
        assertThatThrownBy(() -> cipher.decrypt("")).isInstanceOf(DecryptionFailedException.class);
    }

    @Test
    void refusesAnUnknownKeyVersion() {
        byte[] bytes = Base64.getDecoder().decode(cipher.encrypt(ID));
        bytes[0] = 2;
        String later = Base64.getEncoder().encodeToString(bytes);

        assertThatThrownBy(() -> cipher.decrypt(later)).isInstanceOf(DecryptionFailedException.class)
                .hasMessageContaining("key version 2");
    }

    /**
     * Stored by the release before Bouncy Castle derived the keys (master {@code TestKeys.master(1)}):
     * rows written then must read and be found the same ever after.
     */
    @Test
    void readsAndFindsValuesStoredByEarlierReleases() {
        String id = idNumber("11010519491231002");

        assertThat(cipher.decrypt("AXl+iCuelP7pXJPquxdNtvIcARkN4PqCyItbY83a8BAlBAmchrUi95CK98LsSO8=")).isEqualTo(id);
        assertThat(cipher.decrypt("AaOuRq/+A25mvjmbP1Rpsd+rOMium08qPHmxCY2cM7SQEA581Kb/lg==")).isEqualTo("13800138000");
        assertThat(cipher.blindIndex(id)).isEqualTo("5b30d16ff93eaee8e3537c005395c8dbe303ab2c60d32dc14bf60a42b6c5eeca");
        assertThat(cipher.blindIndex("13800138000"))
                .isEqualTo("45688bc84e7a0b64e406cdb6646364d8d54d41526cc364ab2381e1d41e9e36bb");
    }

    @Test
    void blindIndexIs64LowercaseHexAndNotAPlainHash() throws Exception {
        String unkeyed = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(ID.getBytes(StandardCharsets.UTF_8)));

        assertThat(cipher.blindIndex(ID)).matches("[0-9a-f]{64}").isNotEqualTo(unkeyed);
        assertThat(cipher.blindIndex(ID)).isNotEqualTo(cipher.blindIndex("13800138000"));
    }

    @Test
    void idNumberHashIsTheBlindIndexOfTheNormalForm() {
        String withLowercaseX = idNumber("11010519491231002").toLowerCase();

        assertThat(cipher.idNumberHash(ResidentIdNumber.parse(withLowercaseX)))
                .isEqualTo(cipher.idNumberHash(ResidentIdNumber.parse(withLowercaseX.toUpperCase())))
                .isEqualTo(cipher.blindIndex(withLowercaseX.toUpperCase()));
    }

    @Test
    void phoneHashFindsTheSameNumberHoweverItWasTyped() {
        String hash = cipher.phoneHash(PhoneNumber.parse("13800138000"));

        assertThat(cipher.phoneHash(PhoneNumber.parse("+86 138-0013-8000"))).isEqualTo(hash);
        assertThat(cipher.phoneHash(PhoneNumber.parse("0086 138 0013 8000"))).isEqualTo(hash);
        assertThat(cipher.phoneHash(PhoneNumber.parse("04694221234")))
                .isEqualTo(cipher.phoneHash(PhoneNumber.parse("0469-4221234")))
                .isEqualTo(cipher.blindIndex("0469-4221234"));
    }

    @ParameterizedTest
    @EnumSource(PersonalDataSuite.class)
    void aValueWrittenUnderVersion1ReadsAfterVersion2BecomesCurrentAndNewValuesUseVersion2(PersonalDataSuite suite) {
        PersonalDataCipher before = new PersonalDataCipher(PersonalDataKeys.fromMasterSecret(TestKeys.master(1)), suite);
        PersonalDataCipher rotated = new PersonalDataCipher(rotatedKeys(), suite);
        String old = before.encrypt(ID);

        String fresh = rotated.encrypt(ID);

        assertThat(rotated.decrypt(old)).isEqualTo(ID);
        assertThat(rotated.decrypt(fresh)).isEqualTo(ID);
        assertThat(Base64.getDecoder().decode(fresh)[0]).isEqualTo((byte) (suite.code() << 4 | 2));
        assertThat(rotated.target()).isEqualTo(suite + " key version 2");
        assertThat(rotated.isCurrent(old)).as("the re-encryption moves it").isFalse();
        assertThat(rotated.isCurrent(fresh)).isTrue();
        assertThat(rotated.blindIndex(ID)).as("under the new master").isNotEqualTo(before.blindIndex(ID));
    }

    @Test
    void lookupsAskUnderEverySuiteAndEveryVersionNewWritesFirst() {
        ResidentIdNumber id = ResidentIdNumber.parse(ID);
        PersonalDataCipher rotated = new PersonalDataCipher(rotatedKeys());
        PersonalDataKeys version1 = PersonalDataKeys.fromMasterSecret(TestKeys.master(1));

        assertThat(rotated.idNumberHashes(id)).hasSize(4).doesNotHaveDuplicates()
                .startsWith(rotated.idNumberHash(id))
                .contains(new PersonalDataCipher(version1).idNumberHash(id),
                        new PersonalDataCipher(version1, PersonalDataSuite.SM4_GCM).idNumberHash(id));
    }

    @Test
    void aValueOfAVersionWithoutAMasterIsRefusedNamingTheVersionAndWhereToSetIt() {
        PersonalDataCipher onlyVersion2 = new PersonalDataCipher(
                PersonalDataKeys.fromMasterSecrets(Map.of(2, TestKeys.master(2)), 2));
        String old = cipher.encrypt(ID);
        String fresh = onlyVersion2.encrypt(ID);

        assertThatThrownBy(() -> onlyVersion2.decrypt(old)).isInstanceOf(DecryptionFailedException.class)
                .hasMessageContaining("key version 1, for which no master is configured")
                .hasMessageContaining("SHUANGSHENG_DATA_KEY")
                .message().doesNotContain(ID, old);
        assertThat(onlyVersion2.missingKey(old)).get().asString().contains("key version 1");
        assertThat(cipher.missingKey(fresh)).get().asString().contains("key version 2")
                .contains("shuangsheng.crypto.keys.2");
        assertThat(onlyVersion2.missingKey(fresh)).isEmpty();
        assertThat(cipher.missingKey(null)).isEmpty();
    }

    private static PersonalDataKeys rotatedKeys() {
        return PersonalDataKeys.fromMasterSecrets(Map.of(1, TestKeys.master(1), 2, TestKeys.master(2)), 2);
    }

    static String idNumber(String first17) {
        return first17 + ResidentIdNumber.checkCharacter(first17);
    }
}
