package org.shuangsheng.identity;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * HKDF with HMAC-SHA256 (RFC 5869) from Bouncy Castle's lightweight API: Java 17 has no HKDF of
 * its own. The one call the platform makes, kept in one place so every key is derived alike.
 */
final class Hkdf {

    private static final int HASH_LENGTH = 32;

    private Hkdf() {
    }

    /**
     * Extract then expand: {@code length} bytes of key material for the purpose named by
     * {@code info}. An absent or empty salt is a string of zeros (RFC 5869, 2.2).
     */
    static byte[] derive(byte[] salt, byte[] inputKeyMaterial, byte[] info, int length) {
        // Bouncy Castle throws its own DataLengthException past the limit and returns nothing
        // for 0: both are a caller's mistake, said the same way as any bad argument.
        if (length < 1 || length > 255 * HASH_LENGTH) {
            throw new IllegalArgumentException("HKDF output length must be 1 to " + 255 * HASH_LENGTH + " bytes");
        }
        HKDFBytesGenerator generator = new HKDFBytesGenerator(new SHA256Digest());
        generator.init(new HKDFParameters(inputKeyMaterial, salt == null || salt.length == 0 ? null : salt, info));
        byte[] output = new byte[length];
        generator.generateBytes(output, 0, length);
        return output;
    }
}
