package org.shuangsheng.identity;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HKDF with HMAC-SHA256 (RFC 5869). Java 17 has no HKDF of its own; this is the RFC's two steps
 * written with {@link Mac}.
 */
final class Hkdf {

    private static final String HMAC_SHA256 = "HmacSHA256";

    private static final int HASH_LENGTH = 32;

    private Hkdf() {
    }

    /** Extract then expand: {@code length} bytes of key material for the purpose named by {@code info}. */
    static byte[] derive(byte[] salt, byte[] inputKeyMaterial, byte[] info, int length) {
        byte[] pseudoRandomKey = extract(salt, inputKeyMaterial);
        try {
            return expand(pseudoRandomKey, info, length);
        } finally {
            Arrays.fill(pseudoRandomKey, (byte) 0);
        }
    }

    /** PRK = HMAC-Hash(salt, IKM); an empty or absent salt is a string of zeros (RFC 5869, 2.2). */
    static byte[] extract(byte[] salt, byte[] inputKeyMaterial) {
        byte[] key = salt == null || salt.length == 0 ? new byte[HASH_LENGTH] : salt;
        return hmac(key).doFinal(inputKeyMaterial);
    }

    /** OKM = the first {@code length} bytes of T(1) | T(2) | ..., T(i) = HMAC-Hash(PRK, T(i-1) | info | i). */
    static byte[] expand(byte[] pseudoRandomKey, byte[] info, int length) {
        if (length < 1 || length > 255 * HASH_LENGTH) {
            throw new IllegalArgumentException("HKDF output length must be 1 to " + 255 * HASH_LENGTH + " bytes");
        }
        Mac mac = hmac(pseudoRandomKey);
        byte[] output = new byte[length];
        byte[] block = new byte[0];
        for (int i = 1, done = 0; done < length; i++) {
            mac.update(block);
            mac.update(info);
            mac.update((byte) i);
            block = mac.doFinal();
            int take = Math.min(block.length, length - done);
            System.arraycopy(block, 0, output, done, take);
            done += take;
        }
        Arrays.fill(block, (byte) 0);
        return output;
    }

    private static Mac hmac(byte[] key) {
        try {
            Mac mac = Mac.getInstance(HMAC_SHA256);
            mac.init(new SecretKeySpec(key, HMAC_SHA256));
            return mac;
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("HKDF needs a non-empty key");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
