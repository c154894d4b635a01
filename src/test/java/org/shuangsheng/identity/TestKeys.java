package org.shuangsheng.identity;

import java.util.Base64;
import java.util.Random;

/** Fixed master secrets, so that a failing test fails the same way every time. */
final class TestKeys {

    private TestKeys() {
    }

    static byte[] master(long seed) {
        byte[] secret = new byte[32];
        new Random(seed).nextBytes(secret);
        return secret;
    }

    static String masterBase64(long seed) {
        return Base64.getEncoder().encodeToString(master(seed));
    }

    static PersonalDataCipher cipher(long seed) {
        return new PersonalDataCipher(PersonalDataKeys.fromMasterSecret(master(seed)));
    }
}
