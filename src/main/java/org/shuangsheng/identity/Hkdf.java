package org.shuangsheng.identity;

import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * HKDF (RFC 5869) from Bouncy Castle's lightweight API: Java 17 has no HKDF of its own. The
 * calls the platform makes, kept in one place so every key is derived alike.
 */
final class Hkdf {

    private Hkdf() {
    }

    /** HKDF with HMAC-SHA256; see {@link #derive(Digest, byte[], byte[], byte[], int)}. */
    static byte[] derive(byte[] salt, byte[] inputKeyMaterial, byte[] info, int length) {
        return derive(new SHA256Digest(), salt, inputKeyMaterial, info, length);
    }

    /**
     * Extract then expand with HMAC over {@code digest}: {@code length} bytes of key material for
     * the purpose named by {@code info}. An absent or empty salt is a string of zeros (RFC 5869, 2.2).
     */
    static byte[] derive(Digest digest, byte[] salt, byte[] inputKeyMaterial, byte[] info, int length) {
        int limit = 255 * digest.getDigestSize();
        // Bouncy Castle throws its own DataLengthException past the limit and returns nothing
        // for 0: both are a caller's mistake, said the same way as any bad argument.
        if (length < 1 || length > limit) {
            throw new IllegalArgumentException("HKDF output length must be 1 to " + limit + " bytes");
        }
        HKDFBytesGenerator generator = new HKDFBytesGenerator(digest);
        generator.init(new HKDFParameters(inputKeyMaterial, salt == null || salt.length == 0 ? null : salt, info));
        byte[] output = new byte[length];
        generator.generateBytes(output, 0, length);
        return output;
    }
}
