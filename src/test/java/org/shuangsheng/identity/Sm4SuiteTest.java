package org.shuangsheng.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shuangsheng.identity.PersonalDataCipherTest.ID_PATTERN;
import static org.shuangsheng.identity.PersonalDataCipherTest.idNumber;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shuangsheng.shared.ResidentIdNumber;

/** The SM4-GCM / HMAC-SM3 suite beside AES-256-GCM / HMAC-SHA256, under the same master secret. */
class Sm4SuiteTest {

    private static final HexFormat HEX = HexFormat.of();

    private static final String ID = idNumber("23050619900307123");

    private final PersonalDataKeys keys = PersonalDataKeys.fromMasterSecret(TestKeys.master(1));

    private final PersonalDataCipher sm4 = new PersonalDataCipher(keys, PersonalDataSuite.SM4_GCM);

    private final PersonalDataCipher aes = new PersonalDataCipher(keys, PersonalDataSuite.AES_256_GCM);

    @Test
    void sm4EngineGivesTheExampleOfGbT32907() {
        byte[] keyAndPlain = HEX.parseHex("0123456789abcdeffedcba9876543210");
        SM4Engine engine = new SM4Engine();
        engine.init(true, new KeyParameter(keyAndPlain));
        byte[] block = new byte[16];

        engine.processBlock(keyAndPlain, 0, block, 0);

        assertThat(HEX.formatHex(block)).isEqualTo("681edf34d206965e86b3e94f536e4246");
    }

    @Test
    void sm3DigestGivesTheExampleOfGbT32905() {
        SM3Digest digest = new SM3Digest();
        byte[] abc = "abc".getBytes(StandardCharsets.US_ASCII);
        byte[] hash = new byte[32];
        digest.update(abc, 0, abc.length);
        digest.doFinal(hash, 0);

        assertThat(HEX.formatHex(hash))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "23050619900307123X", "13800138000", "发热 37.8℃，3月2日自武汉返回", "𠀋 and 😷"})
    void decryptGivesBackWhatWasEncrypted(String plain) {
        assertThat(sm4.decrypt(sm4.encrypt(plain))).isEqualTo(plain);
    }

    @Test
    void storedTextNamesSm4AndKeyVersionOneInItsFirstByteAndIsAsLongAsAes() {
        byte[] bytes = Base64.getDecoder().decode(sm4.encrypt(ID));

        assertThat(bytes[0]).isEqualTo((byte) 0x11);
        assertThat(bytes).hasSize(1 + 12 + 18 + 16);
        assertThat(sm4.encrypt(ID)).hasSize(64).doesNotContainPattern(ID_PATTERN);
        assertThat(sm4.encrypt("13800138000")).hasSize(56);
    }

    @Test
    void eitherSuiteReadsWhatTheOtherWrote() {
        assertThat(aes.decrypt(sm4.encrypt(ID))).isEqualTo(ID);
        assertThat(sm4.decrypt(aes.encrypt(ID))).isEqualTo(ID);
        assertThat(sm4.decrypt("AXl+iCuelP7pXJPquxdNtvIcARkN4PqCyItbY83a8BAlBAmchrUi95CK98LsSO8="))
                .isEqualTo(idNumber("11010519491231002"));
    }

    /** Made by this suite when it came: the SM4 and HMAC-SM3 keys must never drift. */
    @Test
    void readsAndFindsValuesStoredWhenTheSuiteCame() {
        String id = idNumber("11010519491231002");

        assertThat(sm4.decrypt(SM4_VECTOR)).isEqualTo(id);
        assertThat(sm4.blindIndex(id)).isEqualTo(SM3_INDEX_VECTOR);
    }

    @Test
    void aDifferentMasterKeyCannotDecrypt() {
        PersonalDataCipher other = new PersonalDataCipher(PersonalDataKeys.fromMasterSecret(TestKeys.master(2)),
                PersonalDataSuite.SM4_GCM);

        assertThatThrownBy(() -> other.decrypt(sm4.encrypt(ID))).isInstanceOf(DecryptionFailedException.class)
                .hasMessageContaining("authentication tag does not match");
    }

    @Test
    void refusesASuiteThisInstanceDoesNotKnow() {
        byte[] bytes = Base64.getDecoder().decode(sm4.encrypt(ID));
        bytes[0] = 0x71;
        String unknown = Base64.getEncoder().encodeToString(bytes);

        assertThatThrownBy(() -> sm4.decrypt(unknown)).isInstanceOf(DecryptionFailedException.class)
                .hasMessageContaining("suite 7");
    }

    @Test
    void blindIndexIsHmacSm3AndDiffersFromTheAesSuites() {
        assertThat(sm4.blindIndex(ID)).matches("[0-9a-f]{64}").isNotEqualTo(aes.blindIndex(ID));
        assertThat(sm4.idNumberHash(ResidentIdNumber.parse(ID))).isEqualTo(sm4.blindIndex(ID));
    }

    @Test
    void lookupHashesCoverEverySuiteWithTheCurrentFirst() {
        ResidentIdNumber id = ResidentIdNumber.parse(ID);

        assertThat(sm4.idNumberHashes(id)).containsExactly(sm4.blindIndex(ID), aes.blindIndex(ID));
        assertThat(aes.idNumberHashes(id)).containsExactly(aes.blindIndex(ID), sm4.blindIndex(ID));
        assertThat(aes.idNumberHashes(null)).isEmpty();
    }

    @Test
    void isCurrentReadsTheFirstByteOnly() {
        assertThat(sm4.isCurrent(sm4.encrypt(ID))).isTrue();
        assertThat(sm4.isCurrent(aes.encrypt(ID))).isFalse();
        assertThat(aes.isCurrent(sm4.encrypt(ID))).isFalse();
        assertThat(aes.isCurrent(null)).isTrue();
    }

    private static final String SM4_VECTOR = "EQtT1QK87taCM47Hp+wy6WcydaGfipxFBqkuaYPprSlfEyizmbr98V8sJRcyv7w=";

    private static final String SM3_INDEX_VECTOR = "3fe9823bd557d5645cc40086d6cabef354c81ba2fa93eb60c2f956ea3817a375";
}
