package org.shuangsheng.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The keys that protect residents' ID numbers, phone numbers and other sensitive text at rest.
 *
 * <p>One master secret, {@code SHUANGSHENG_DATA_KEY} (environment variable or property: the
 * base64 of at least 32 random bytes, e.g. {@code openssl rand -base64 32}). Without it, demo
 * mode ({@code shuangsheng.demo.enabled=true}) generates 32 random bytes into a key file
 * ({@code shuangsheng.data-key-file}, default {@code ./data/data-key}, readable by its owner only)
 * on first start and reads it on every later start; outside demo mode the platform refuses to
 * start. The key file holds the same base64 text the variable takes, so a demo's data can be
 * moved to a deployment with {@code SHUANGSHENG_DATA_KEY=$(cat data/data-key)}.
 *
 * <p>Four independent keys are derived from the master with HKDF (RFC 5869) under distinct
 * labels, two for each {@link PersonalDataSuite}: with HKDF-SHA256 an AES-256-GCM key for
 * encryption and an HMAC-SHA256 key for the blind indexes used in exact search; with HKDF-SM3 an
 * SM4 key and an HMAC-SM3 key. Knowing one derived key tells nothing about another or about the
 * master. The AES and HMAC-SHA256 labels are those of the first release, so its data still reads.
 *
 * <p>Key versions: every stored ciphertext starts with one byte naming the suite and the key
 * version it was made with ({@link PersonalDataCipher} has the layout); the master secret above
 * is version {@value #CURRENT_VERSION}, and decryption looks the version up. To rotate later, add
 * the new master as version 2 (for example from {@code SHUANGSHENG_DATA_KEY_V2}), encrypt new
 * values with it while version 1 still decrypts the old ones, run the re-encryption command,
 * then retire version 1. Blind indexes carry no version, so a
 * search must compute the hash under every index key rows may still carry, as it already does
 * for the two suites ({@link PersonalDataCipher#idNumberHashes}).
 */
@Component
public final class PersonalDataKeys {

    /** The key version new ciphertexts are made with. */
    static final int CURRENT_VERSION = 1;

    static final int MIN_MASTER_LENGTH = 32;

    private static final String ENCRYPTION_LABEL = "shuangsheng personal data v1: AES-256-GCM encryption";

    private static final String BLIND_INDEX_LABEL = "shuangsheng personal data v1: HMAC-SHA256 blind index";

    private static final String SM4_ENCRYPTION_LABEL = "shuangsheng personal data v1: SM4-GCM encryption";

    private static final String SM3_BLIND_INDEX_LABEL = "shuangsheng personal data v1: HMAC-SM3 blind index";

    private static final String KEY_HINT = "the base64 of at least " + MIN_MASTER_LENGTH
            + " random bytes, e.g. the output of `openssl rand -base64 32`";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private static final Logger log = LoggerFactory.getLogger(PersonalDataKeys.class);

    private final Map<PersonalDataSuite, Map<Integer, SecretKey>> encryptionKeys;

    private final Map<PersonalDataSuite, SecretKey> blindIndexKeys;

    private final String source;

    /**
     * @param configuredKey {@code SHUANGSHENG_DATA_KEY}, blank when not set
     * @param demo whether a generated key file may stand in for a missing {@code configuredKey}
     * @param keyFile where demo mode keeps its generated key
     * @throws IllegalStateException when there is no usable key: the platform must not start
     */
    @Autowired
    PersonalDataKeys(@Value("${SHUANGSHENG_DATA_KEY:}") String configuredKey,
            @Value("${shuangsheng.demo.enabled:false}") boolean demo,
            @Value("${shuangsheng.data-key-file:./data/data-key}") Path keyFile) {
        this(load(configuredKey, demo, keyFile),
                configuredKey != null && !configuredKey.isBlank() ? "SHUANGSHENG_DATA_KEY"
                        : "the key file " + keyFile.toAbsolutePath().normalize());
        log.info("Personal data is encrypted with key version {} from {}", CURRENT_VERSION, source);
    }

    private PersonalDataKeys(byte[] masterSecret, String source) {
        try {
            byte[] aes = Hkdf.derive(null, masterSecret, label(ENCRYPTION_LABEL), 32);
            byte[] sha256Index = Hkdf.derive(null, masterSecret, label(BLIND_INDEX_LABEL), 32);
            byte[] sm4 = Hkdf.derive(new SM3Digest(), null, masterSecret, label(SM4_ENCRYPTION_LABEL), 16);
            byte[] sm3Index = Hkdf.derive(new SM3Digest(), null, masterSecret, label(SM3_BLIND_INDEX_LABEL), 32);
            this.encryptionKeys = Map.of(
                    PersonalDataSuite.AES_256_GCM, Map.of(CURRENT_VERSION, new SecretKeySpec(aes, "AES")),
                    PersonalDataSuite.SM4_GCM, Map.of(CURRENT_VERSION, new SecretKeySpec(sm4, "SM4")));
            this.blindIndexKeys = Map.of(
                    PersonalDataSuite.AES_256_GCM, new SecretKeySpec(sha256Index, "HmacSHA256"),
                    PersonalDataSuite.SM4_GCM, new SecretKeySpec(sm3Index, "HmacSM3"));
            for (byte[] key : new byte[][] {aes, sha256Index, sm4, sm3Index}) {
                Arrays.fill(key, (byte) 0);
            }
        } finally {
            Arrays.fill(masterSecret, (byte) 0);
        }
        this.source = source;
    }

    /**
     * Keys from a master secret held in memory, for tests and tools that run without Spring.
     *
     * @param masterSecret at least 32 random bytes; the array is not kept
     */
    public static PersonalDataKeys fromMasterSecret(byte[] masterSecret) {
        if (masterSecret == null || masterSecret.length < MIN_MASTER_LENGTH) {
            throw new IllegalArgumentException("A master secret needs at least " + MIN_MASTER_LENGTH + " bytes");
        }
        return new PersonalDataKeys(masterSecret.clone(), "a secret given in code");
    }

    int currentVersion() {
        return CURRENT_VERSION;
    }

    /** The encryption key of a suite and version, or null when this instance does not have that version. */
    SecretKey encryptionKey(PersonalDataSuite suite, int version) {
        return encryptionKeys.get(suite).get(version);
    }

    SecretKey blindIndexKey(PersonalDataSuite suite) {
        return blindIndexKeys.get(suite);
    }

    /** Names the key version and where the master came from, never the key. */
    @Override
    public String toString() {
        return "PersonalDataKeys[version " + CURRENT_VERSION + " from " + source + "]";
    }

    private static byte[] load(String configuredKey, boolean demo, Path keyFile) {
        if (configuredKey != null && !configuredKey.isBlank()) {
            return decode(configuredKey, "SHUANGSHENG_DATA_KEY");
        }
        if (!demo) {
            throw new IllegalStateException("SHUANGSHENG_DATA_KEY is not set. Residents' ID numbers and phone "
                    + "numbers are stored encrypted with it: set it to " + KEY_HINT + ", and keep it safe: "
                    + "data stored under one key cannot be read with another. (Only demo mode generates a key file.)");
        }
        return readOrCreate(keyFile);
    }

    private static byte[] decode(String text, String origin) {
        String trimmed = text.strip();
        byte[] secret;
        try {
            boolean urlSafe = trimmed.indexOf('-') >= 0 || trimmed.indexOf('_') >= 0;
            secret = (urlSafe ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(trimmed);
        } catch (IllegalArgumentException e) {
            // The decoder's message quotes a character of the key: leave it out.
            throw new IllegalStateException(origin + " is not base64: it must be " + KEY_HINT);
        }
        if (secret.length < MIN_MASTER_LENGTH) {
            int length = secret.length;
            Arrays.fill(secret, (byte) 0);
            throw new IllegalStateException(origin + " holds " + length + " bytes, too few: it must be " + KEY_HINT);
        }
        return secret;
    }

    private static byte[] readOrCreate(Path keyFile) {
        try {
            if (Files.notExists(keyFile)) {
                try {
                    return create(keyFile);
                } catch (FileAlreadyExistsException raced) {
                    // Another process created it between the check and the creation: use theirs.
                }
            }
            warnIfReadableByOthers(keyFile);
            return decode(Files.readString(keyFile, StandardCharsets.US_ASCII), "The key file " + keyFile.toAbsolutePath()
                    + " (delete it only if no personal data was stored with it)");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the data key file " + keyFile.toAbsolutePath(), e);
        }
    }

    private static byte[] create(Path keyFile) throws IOException {
        Path parent = keyFile.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        boolean posix = supportsPosix(keyFile);
        // Created owner-only from the first instant, so no other user can open it while it is written.
        if (posix) {
            Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            Files.setPosixFilePermissions(keyFile, OWNER_ONLY);
        } else {
            Files.createFile(keyFile);
        }
        byte[] secret = new byte[MIN_MASTER_LENGTH];
        new SecureRandom().nextBytes(secret);
        byte[] text = (Base64.getEncoder().encodeToString(secret) + "\n").getBytes(StandardCharsets.US_ASCII);
        Files.write(keyFile, text, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.SYNC);
        Arrays.fill(text, (byte) 0);
        log.warn("Generated a data key for demo mode at {}{}. Personal data stored with it cannot be read "
                + "without this file; production sets SHUANGSHENG_DATA_KEY instead.", keyFile.toAbsolutePath(),
                posix ? " (readable by its owner only)" : "");
        return secret;
    }

    private static void warnIfReadableByOthers(Path keyFile) throws IOException {
        if (supportsPosix(keyFile)) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(keyFile);
            if (!OWNER_ONLY.containsAll(permissions)) {
                log.warn("The data key file {} is readable by others ({}); make it owner-only: chmod 600",
                        keyFile.toAbsolutePath(), PosixFilePermissions.toString(permissions));
            }
        }
    }

    private static boolean supportsPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static byte[] label(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
