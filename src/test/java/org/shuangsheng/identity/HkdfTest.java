package org.shuangsheng.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The test vectors of RFC 5869, appendix A, for SHA-256. */
class HkdfTest {

    private static final HexFormat HEX = HexFormat.of();

    @Test
    void rfc5869TestCase1BasicVector() {
        byte[] ikm = HEX.parseHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b");
        byte[] salt = HEX.parseHex("000102030405060708090a0b0c");
        byte[] info = HEX.parseHex("f0f1f2f3f4f5f6f7f8f9");

        assertThat(HEX.formatHex(Hkdf.derive(salt, ikm, info, 42)))
                .isEqualTo("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865");
    }

    @Test
    void rfc5869TestCase2LongerInputsAndOutput() {
        byte[] ikm = range(0x00, 0x50);
        byte[] salt = range(0x60, 0xb0);
        byte[] info = range(0xb0, 0x100);

        assertThat(HEX.formatHex(Hkdf.derive(salt, ikm, info, 82))).isEqualTo(
                "b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c"
                        + "59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71"
                        + "cc30c58179ec3e87c14c01d5c1f3434f1d87");
    }

    @Test
    void rfc5869TestCase3EmptySaltAndInfo() {
        byte[] ikm = HEX.parseHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b");

        assertThat(HEX.formatHex(Hkdf.derive(null, ikm, new byte[0], 42)))
                .isEqualTo("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8");
        assertThat(Hkdf.derive(new byte[0], ikm, new byte[0], 42)).isEqualTo(Hkdf.derive(null, ikm, new byte[0], 42));
    }

    @Test
    void refusesOutputLongerThan255Blocks() {
        byte[] ikm = new byte[32];

        assertThat(Hkdf.derive(null, ikm, new byte[0], 255 * 32)).hasSize(255 * 32);
        assertThatIllegalArgumentException().isThrownBy(() -> Hkdf.derive(null, ikm, new byte[0], 255 * 32 + 1));
        assertThatIllegalArgumentException().isThrownBy(() -> Hkdf.derive(null, ikm, new byte[0], 0));
    }

    /**
     * Values the hand-written HKDF of earlier releases stored: the derived keys are unchanged, so
     * what it encrypted still decrypts and its blind indexes still find their rows.
     */
    @Test
    void keysAreThoseTheEarlierHandWrittenHkdfDerived() {
        assertThat(HEX.formatHex(Hkdf.derive(null, TestKeys.master(1), "x".getBytes(), 32)))
                .isEqualTo("46da605580259dfd13626aa01e587e8eb07ddb2871121f4ba2d33a94600a73ff");
    }

    private static byte[] range(int fromInclusive, int toExclusive) {
        byte[] bytes = new byte[toExclusive - fromInclusive];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (fromInclusive + i);
        }
        return bytes;
    }
}
