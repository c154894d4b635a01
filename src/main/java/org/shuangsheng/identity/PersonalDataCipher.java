package org.shuangsheng.identity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.shuangsheng.shared.PhoneNumber;
import org.shuangsheng.shared.ResidentIdNumber;
import org.springframework.stereotype.Component;

/**
 * Encrypts personal data for storage and computes the keyed hashes ("blind indexes") that let a
 * module find a row by an exact ID number or phone without storing either in clear.
 *
 * <p>A stored value is the base64 text of {@code version (1 byte) || nonce (12 random bytes) ||
 * AES-256-GCM ciphertext || tag (16 bytes)}; the version byte is also authenticated. An 18-character
 * ID number becomes 64 characters, a mobile number 56; in general {@code 4 * ceil((29 + n) / 3)}
 * characters for {@code n} UTF-8 bytes. Encrypting the same value twice gives different text, so
 * search goes by the blind index: an entity keeps, next to the encrypted column, a hash column
 * filled with {@link #idNumberHash} or {@link #phoneHash}, which every module computes over the
 * same normal form.
 *
 * <p>Random 96-bit nonces stay safe for well over a billion encryptions under one key (NIST SP
 * 800-38D allows 2^32); a city's residents are a few tens of millions of values.
 *
 * <p>Thread-safe. Null in gives null out.
 */
@Component
public final class PersonalDataCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private static final int NONCE_LENGTH = 12;

    private static final int TAG_LENGTH = 16;

    private static final int HEADER_LENGTH = 1 + NONCE_LENGTH;

    private final SecureRandom random = new SecureRandom();

    private final PersonalDataKeys keys;

    public PersonalDataCipher(PersonalDataKeys keys) {
        this.keys = keys;
    }

    /** The base64 text of version, nonce, ciphertext and tag; null for null. */
    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        int version = keys.currentVersion();
        byte[] nonce = new byte[NONCE_LENGTH];
        random.nextBytes(nonce);
        byte[] sealed;
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keys.encryptionKey(version), nonce, version);
            sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption is unavailable", e);
        }
        ByteBuffer stored = ByteBuffer.allocate(HEADER_LENGTH + sealed.length);
        stored.put((byte) version).put(nonce).put(sealed);
        return Base64.getEncoder().encodeToString(stored.array());
    }

    /**
     * The text {@link #encrypt} was given; null for null.
     *
     * @throws DecryptionFailedException when the value was altered, is no ciphertext of this
     *     format, or names a key version this instance does not have
     */
    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(stored);
        } catch (IllegalArgumentException e) {
            throw new DecryptionFailedException("it is not base64 text");
        }
        if (bytes.length < HEADER_LENGTH + TAG_LENGTH) {
            throw new DecryptionFailedException("it is too short to be a ciphertext");
        }
        int version = Byte.toUnsignedInt(bytes[0]);
        SecretKey key = keys.encryptionKey(version);
        if (key == null) {
            throw new DecryptionFailedException("it names key version " + version + ", which this instance does not have");
        }
        byte[] nonce = Arrays.copyOfRange(bytes, 1, HEADER_LENGTH);
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, nonce, version);
            byte[] plain = cipher.doFinal(bytes, HEADER_LENGTH, bytes.length - HEADER_LENGTH);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new DecryptionFailedException("its authentication tag does not match (altered, or made with another key)");
        } catch (GeneralSecurityException e) {
            throw new DecryptionFailedException("AES-GCM rejected it (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * The keyed hash (HMAC-SHA256, 64 lowercase hex characters) of a value already in its normal
     * form, for exact search; null for null. Equal values give equal hashes; without the key the
     * hash cannot be recomputed from a guessed ID number. Prefer {@link #idNumberHash} and
     * {@link #phoneHash}, which fix the normal form.
     */
    public String blindIndex(String normalised) {
        if (normalised == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keys.blindIndexKey());
            return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    /** The blind index of the 18 uppercase characters of {@link ResidentIdNumber#value()}; null for null. */
    public String idNumberHash(ResidentIdNumber idNumber) {
        return idNumber == null ? null : blindIndex(idNumber.value());
    }

    /**
     * The blind index of {@link PhoneNumber#value()} (11 digits, or area code, hyphen, local number),
     * so {@code +86 138 0013 8000} and {@code 13800138000} find each other; null for null.
     */
    public String phoneHash(PhoneNumber phone) {
        return phone == null ? null : blindIndex(phone.value());
    }

    private static Cipher cipher(int mode, SecretKey key, byte[] nonce, int version) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, key, new GCMParameterSpec(TAG_LENGTH * 8, nonce));
        cipher.updateAAD(new byte[] {(byte) version});
        return cipher;
    }
}
