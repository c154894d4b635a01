package org.shuangsheng.identity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.shuangsheng.shared.PhoneNumber;
import org.shuangsheng.shared.ResidentIdNumber;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts personal data for storage and computes the keyed hashes ("blind indexes") that let a
 * module find a row by an exact ID number or phone without storing either in clear.
 *
 * <p>A stored value is the base64 text of
 *
 * <pre>
 * byte 0        suite in the high 4 bits, key version in the low 4 bits (1 to 15):
 *                 0x0v  AES_256_GCM under key version v (0x01: every value written before SM4 came)
 *                 0x1v  SM4_GCM under key version v
 * bytes 1-12    nonce, random
 * bytes 13-     ciphertext, as long as the UTF-8 plain text
 * last 16 bytes GCM tag; byte 0 is authenticated as additional data
 * </pre>
 *
 * Both suites are GCM over a 128-bit block with a 96-bit nonce and a 128-bit tag, so a value is
 * as long under either: an 18-character ID number becomes 64 characters, a mobile number 56; in
 * general {@code 4 * ceil((29 + n) / 3)} characters for {@code n} UTF-8 bytes. Reading dispatches
 * on byte 0, so values of both suites and any key version this instance holds live side by side;
 * {@code shuangsheng.crypto.suite} (default {@code AES_256_GCM}) chooses the suite of new writes,
 * {@code shuangsheng.crypto.key-version} their key version ({@link PersonalDataKeys}).
 * AES goes through the JDK (hardware-accelerated); SM4-GCM and HMAC-SM3 through Bouncy Castle's
 * lightweight API, no provider registered.
 *
 * <p>Encrypting the same value twice gives different text, so search goes by the blind index: an
 * entity keeps, next to the encrypted column, a hash column filled with {@link #idNumberHash} or
 * {@link #phoneHash} (the suite and key version of new writes: HMAC-SHA256 or HMAC-SM3, 64 hex
 * characters either way). A search asks with {@link #idNumberHashes}, the hash under every suite
 * and every key version this instance has, current first: while a switch of suite or a rotation
 * of the master is under way some rows carry the old hash and some the new one, and the
 * re-encryption ({@link PersonalDataTable}) moves both the value and its hash, so every row is found
 * whichever suite and key wrote it, before, during and after the move, with no downtime.
 *
 * <p>Random 96-bit nonces stay safe for well over a billion encryptions under one key (NIST SP
 * 800-38D allows 2^32); a city's residents are a few tens of millions of values.
 *
 * <p>Thread-safe. Null in gives null out.
 */
@Component
public final class PersonalDataCipher {

    private static final String AES_TRANSFORMATION = "AES/GCM/NoPadding";

    private static final int NONCE_LENGTH = 12;

    private static final int TAG_LENGTH = 16;

    private static final int HEADER_LENGTH = 1 + NONCE_LENGTH;

    private final SecureRandom random = new SecureRandom();

    private final PersonalDataKeys keys;

    private final PersonalDataSuite suite;

    /** A cipher writing {@link PersonalDataSuite#AES_256_GCM}, for tests and tools that run without Spring. */
    public PersonalDataCipher(PersonalDataKeys keys) {
        this(keys, PersonalDataSuite.AES_256_GCM);
    }

    @Autowired
    public PersonalDataCipher(PersonalDataKeys keys,
            @Value("${shuangsheng.crypto.suite:AES_256_GCM}") PersonalDataSuite suite) {
        this.keys = keys;
        this.suite = suite;
    }

    /** The suite new values and hashes are made with. */
    public PersonalDataSuite suite() {
        return suite;
    }

    /** What new values are made with, e.g. {@code SM4_GCM key version 1}; names no key. */
    public String target() {
        return suite + " key version " + keys.currentVersion();
    }

    /** The base64 text of version, nonce, ciphertext and tag; null for null. */
    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        int version = keys.currentVersion();
        byte header = header(suite, version);
        byte[] nonce = new byte[NONCE_LENGTH];
        random.nextBytes(nonce);
        byte[] sealed = seal(suite, keys.encryptionKey(suite, version), header, nonce,
                plain.getBytes(StandardCharsets.UTF_8));
        ByteBuffer stored = ByteBuffer.allocate(HEADER_LENGTH + sealed.length);
        stored.put(header).put(nonce).put(sealed);
        return Base64.getEncoder().encodeToString(stored.array());
    }

    /**
     * The text {@link #encrypt} was given, whichever suite and key version made it; null for null.
     *
     * @throws DecryptionFailedException when the value was altered, is no ciphertext of this
     *     format, or names a suite or key version this instance does not have
     */
    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        byte[] bytes = decode(stored);
        if (bytes.length < HEADER_LENGTH + TAG_LENGTH) {
            throw new DecryptionFailedException("it is too short to be a ciphertext");
        }
        missingKey(bytes[0]).ifPresent(missing -> {
            throw new DecryptionFailedException(missing);
        });
        PersonalDataSuite madeWith = PersonalDataSuite.ofCode(Byte.toUnsignedInt(bytes[0]) >>> 4);
        SecretKey key = keys.encryptionKey(madeWith, bytes[0] & 0x0f);
        byte[] nonce = Arrays.copyOfRange(bytes, 1, HEADER_LENGTH);
        byte[] sealed = Arrays.copyOfRange(bytes, HEADER_LENGTH, bytes.length);
        return new String(open(madeWith, key, bytes[0], nonce, sealed), StandardCharsets.UTF_8);
    }

    /**
     * What this instance lacks to read a stored value, from its first byte alone (nothing is
     * decrypted, so a wrong master of a configured version is not found here): e.g. {@code it names
     * key version 1, for which no master is configured (...)}; empty when it has the suite and the
     * key version the value names, and for null.
     *
     * @throws DecryptionFailedException when the value is not base64 text
     */
    public Optional<String> missingKey(String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        byte[] bytes = decode(stored);
        return bytes.length == 0 ? Optional.of("it is empty") : missingKey(bytes[0]);
    }

    private Optional<String> missingKey(byte header) {
        int code = Byte.toUnsignedInt(header) >>> 4;
        int version = header & 0x0f;
        PersonalDataSuite madeWith = PersonalDataSuite.ofCode(code);
        if (madeWith == null) {
            return Optional.of("it names suite " + code + ", which this instance does not know");
        }
        if (keys.encryptionKey(madeWith, version) == null) {
            return Optional.of("it names key version " + version + ", for which no master is configured ("
                    + PersonalDataKeys.propertyOf(version) + ")");
        }
        return Optional.empty();
    }

    /**
     * Whether a stored value was made with the suite and key version of new writes, read from its
     * first byte alone (nothing is decrypted); true for null, which has nothing to move.
     */
    public boolean isCurrent(String stored) {
        if (stored == null) {
            return true;
        }
        byte[] bytes = decode(stored);
        return bytes.length > 0 && bytes[0] == header(suite, keys.currentVersion());
    }

    /**
     * The keyed hash (64 lowercase hex characters) of a value already in its normal form, under
     * the suite of new writes, for exact search; null for null. Equal values give equal hashes;
     * without the key the hash cannot be recomputed from a guessed ID number. Prefer
     * {@link #idNumberHash} and {@link #phoneHash}, which fix the normal form.
     */
    public String blindIndex(String normalised) {
        return normalised == null ? null : blindIndex(suite, keys.currentVersion(), normalised);
    }

    /** The blind index of the 18 uppercase characters of {@link ResidentIdNumber#value()}; null for null. */
    public String idNumberHash(ResidentIdNumber idNumber) {
        return idNumber == null ? null : blindIndex(idNumber.value());
    }

    /**
     * What to look an ID number up by: its blind index under every suite and every key version
     * this instance has, that of new writes first, then the other suite under the current
     * version, then older versions alike, so rows are found whichever suite and key hashed them
     * (see the class comment). Empty for null.
     */
    public List<String> idNumberHashes(ResidentIdNumber idNumber) {
        if (idNumber == null) {
            return List.of();
        }
        List<String> hashes = new ArrayList<>();
        for (int version : keys.versions()) {
            hashes.add(blindIndex(suite, version, idNumber.value()));
            for (PersonalDataSuite other : PersonalDataSuite.values()) {
                if (other != suite) {
                    hashes.add(blindIndex(other, version, idNumber.value()));
                }
            }
        }
        return List.copyOf(hashes);
    }

    /**
     * The blind index of {@link PhoneNumber#value()} (11 digits, or area code, hyphen, local number),
     * so {@code +86 138 0013 8000} and {@code 13800138000} find each other; null for null.
     */
    public String phoneHash(PhoneNumber phone) {
        return phone == null ? null : blindIndex(phone.value());
    }

    private String blindIndex(PersonalDataSuite with, int version, String normalised) {
        byte[] input = normalised.getBytes(StandardCharsets.UTF_8);
        byte[] hash;
        if (with == PersonalDataSuite.SM4_GCM) {
            HMac mac = new HMac(new SM3Digest());
            mac.init(new KeyParameter(keys.blindIndexKey(with, version).getEncoded()));
            mac.update(input, 0, input.length);
            hash = new byte[mac.getMacSize()];
            mac.doFinal(hash, 0);
        } else {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(keys.blindIndexKey(with, version));
                hash = mac.doFinal(input);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is unavailable", e);
            }
        }
        return HexFormat.of().formatHex(hash);
    }

    private static byte header(PersonalDataSuite suite, int version) {
        return (byte) (suite.code() << 4 | version);
    }

    private static byte[] decode(String stored) {
        try {
            return Base64.getDecoder().decode(stored);
        } catch (IllegalArgumentException e) {
            throw new DecryptionFailedException("it is not base64 text");
        }
    }

    private static byte[] seal(PersonalDataSuite suite, SecretKey key, byte header, byte[] nonce, byte[] plain) {
        if (suite == PersonalDataSuite.SM4_GCM) {
            try {
                return sm4Gcm(true, key, header, nonce, plain);
            } catch (InvalidCipherTextException e) {
                throw new IllegalStateException("SM4-GCM encryption failed", e);
            }
        }
        try {
            return aesGcm(Cipher.ENCRYPT_MODE, key, header, nonce).doFinal(plain);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption is unavailable", e);
        }
    }

    private static byte[] open(PersonalDataSuite suite, SecretKey key, byte header, byte[] nonce, byte[] sealed) {
        try {
            return suite == PersonalDataSuite.SM4_GCM ? sm4Gcm(false, key, header, nonce, sealed)
                    : aesGcm(Cipher.DECRYPT_MODE, key, header, nonce).doFinal(sealed);
        } catch (AEADBadTagException | InvalidCipherTextException e) {
            throw new DecryptionFailedException("its authentication tag does not match (altered, or made with another key)");
        } catch (GeneralSecurityException e) {
            throw new DecryptionFailedException("AES-GCM rejected it (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static Cipher aesGcm(int mode, SecretKey key, byte header, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(AES_TRANSFORMATION);
        cipher.init(mode, key, new GCMParameterSpec(TAG_LENGTH * 8, nonce));
        cipher.updateAAD(new byte[] {header});
        return cipher;
    }

    private static byte[] sm4Gcm(boolean encrypt, SecretKey key, byte header, byte[] nonce, byte[] input)
            throws InvalidCipherTextException {
        GCMModeCipher gcm = GCMBlockCipher.newInstance(new SM4Engine());
        gcm.init(encrypt, new AEADParameters(new KeyParameter(key.getEncoded()), TAG_LENGTH * 8, nonce,
                new byte[] {header}));
        byte[] output = new byte[gcm.getOutputSize(input.length)];
        int length = gcm.processBytes(input, 0, input.length, output, 0);
        gcm.doFinal(output, length);
        return output;
    }
}
