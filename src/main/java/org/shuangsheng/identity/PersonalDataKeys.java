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
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The keys that protect residents' ID numbers, phone numbers and other sensitive text at rest.
 *
 * <p>A master secret per key version, each the base64 of at least 32 random bytes (e.g.
 * {@code openssl rand -base64 32}). Version 1 is {@code SHUANGSHENG_DATA_KEY} (environment variable
 * or property), as it has been since the first release; version {@code n} (1 to 15) may also come
 * from {@code shuangsheng.crypto.keys.n} ({@code SHUANGSHENG_CRYPTO_KEYS_n}), only one of the two for
 * version 1. {@code shuangsheng.crypto.key-version} (default 1) names the version new values are
 * made with; every configured version is read. Without any of them, demo mode
 * ({@code shuangsheng.demo.enabled=true}) generates 32 random bytes into a key file
 * ({@code shuangsheng.data-key-file}, default {@code ./data/data-key}, readable by its owner only)
 * on first start and reads it, as version 1, on every later start; outside demo mode the platform
 * refuses to start. The key file holds the same base64 text the variable takes, so a demo's data
 * can be moved to a deployment with {@code SHUANGSHENG_DATA_KEY=$(cat data/data-key)}.
 *
 * <p>From each master, four independent keys are derived with HKDF (RFC 5869) under distinct
 * labels, two for each {@link PersonalDataSuite}: with HKDF-SHA256 an AES-256-GCM key for
 * encryption and an HMAC-SHA256 key for the blind indexes used in exact search; with HKDF-SM3 an
 * SM4 key and an HMAC-SM3 key. Knowing one derived key tells nothing about another or about the
 * master. The AES and HMAC-SHA256 labels are those of the first release, so its data still reads;
 * every version uses the same labels, its master alone sets it apart.
 *
 * <p>Rotation: every stored ciphertext starts with one byte naming the suite and the key version
 * it was made with ({@link PersonalDataCipher} has the layout), and decryption picks the master
 * by it. A new master is added as a version that is read, then made current, the re-encryption
 * command moves the stored rows to it, and the old version is removed (README, "Rotating the
 * master key"). Blind indexes carry no version, so a search computes the hash under every
 * (suite, version) this instance has ({@link PersonalDataCipher#idNumberHashes}).
 *
 * <p>Refuses to start on a configuration it can tell is wrong: a version outside 1 to 15, a
 * current version without a key, version 1 given twice, or two versions holding the same master.
 * Messages name properties and versions, never a key.
 */
@Component
public final class PersonalDataKeys {

    /** The version of {@code SHUANGSHENG_DATA_KEY}, and of every value written before rotation came. */
    static final int FIRST_VERSION = 1;

    /** The highest version the four bits of a stored value's first byte can name. */
    static final int LAST_VERSION = 15;

    static final int MIN_MASTER_LENGTH = 32;

    static final String VERSIONED_KEYS = "shuangsheng.crypto.keys";

    private static final String ENCRYPTION_LABEL = "shuangsheng personal data v1: AES-256-GCM encryption";

    private static final String BLIND_INDEX_LABEL = "shuangsheng personal data v1: HMAC-SHA256 blind index";

    private static final String SM4_ENCRYPTION_LABEL = "shuangsheng personal data v1: SM4-GCM encryption";

    private static final String SM3_BLIND_INDEX_LABEL = "shuangsheng personal data v1: HMAC-SM3 blind index";

    private static final String KEY_HINT = "the base64 of at least " + MIN_MASTER_LENGTH
            + " random bytes, e.g. the output of `openssl rand -base64 32`";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private static final Logger log = LoggerFactory.getLogger(PersonalDataKeys.class);

    /** The derived keys of one version. */
    private record Version(Map<PersonalDataSuite, SecretKey> encryption, Map<PersonalDataSuite, SecretKey> blindIndex,
            String source) {
    }

    /** By version, the current one first, then the others from the newest down. */
    private final Map<Integer, Version> versions;

    private final int currentVersion;

    /**
     * @param configuredKey {@code SHUANGSHENG_DATA_KEY}, blank when not set
     * @param demo whether a generated key file may stand in for a missing version 1
     * @param keyFile where demo mode keeps its generated key
     * @param currentVersion {@code shuangsheng.crypto.key-version}
     * @throws IllegalStateException when there is no usable key or the keys do not fit together:
     *     the platform must not start
     */
    @Autowired
    PersonalDataKeys(@Value("${SHUANGSHENG_DATA_KEY:}") String configuredKey,
            @Value("${shuangsheng.demo.enabled:false}") boolean demo,
            @Value("${shuangsheng.data-key-file:./data/data-key}") Path keyFile,
            @Value("${shuangsheng.crypto.key-version:1}") int currentVersion, Environment environment) {
        this(configuredKey, demo, keyFile, currentVersion,
                Binder.get(environment).bind(VERSIONED_KEYS, Bindable.mapOf(String.class, String.class))
                        .orElse(Map.of()));
        log.info("Personal data keys: {}", describe());
    }

    /** Only {@code SHUANGSHENG_DATA_KEY} or the demo key file, as version 1. */
    PersonalDataKeys(String configuredKey, boolean demo, Path keyFile) {
        this(configuredKey, demo, keyFile, FIRST_VERSION, Map.of());
    }

    PersonalDataKeys(String configuredKey, boolean demo, Path keyFile, int currentVersion,
            Map<String, String> versionedKeys) {
        this(deriveAll(load(configuredKey, demo, keyFile, versionedKeys), currentVersion),
                currentVersion);
    }

    /** Checks that the masters fit together, derives the keys of each, and wipes the masters. */
    private static Map<Integer, Version> deriveAll(Map<Integer, Master> masters, int currentVersion) {
        try {
            requireVersion(currentVersion, "shuangsheng.crypto.key-version");
            if (!masters.containsKey(currentVersion)) {
                throw new IllegalStateException("shuangsheng.crypto.key-version is " + currentVersion
                        + ", but no master of that version is configured: set " + propertyOf(currentVersion)
                        + " to " + KEY_HINT + ", or set shuangsheng.crypto.key-version to one of " + masters.keySet());
            }
            requireDistinct(masters);
            Map<Integer, Version> derived = new HashMap<>();
            masters.forEach((version, master) -> derived.put(version, derive(master)));
            return derived;
        } finally {
            masters.values().forEach(master -> Arrays.fill(master.secret(), (byte) 0));
        }
    }

    /** A master secret and where it came from (a property's name or the key file's path). */
    private record Master(byte[] secret, String source) {
    }

    private static Version derive(Master master) {
        byte[] secret = master.secret();
        byte[] aes = Hkdf.derive(null, secret, label(ENCRYPTION_LABEL), 32);
        byte[] sha256Index = Hkdf.derive(null, secret, label(BLIND_INDEX_LABEL), 32);
        byte[] sm4 = Hkdf.derive(new SM3Digest(), null, secret, label(SM4_ENCRYPTION_LABEL), 16);
        byte[] sm3Index = Hkdf.derive(new SM3Digest(), null, secret, label(SM3_BLIND_INDEX_LABEL), 32);
        Version version = new Version(
                Map.of(PersonalDataSuite.AES_256_GCM, new SecretKeySpec(aes, "AES"),
                        PersonalDataSuite.SM4_GCM, new SecretKeySpec(sm4, "SM4")),
                Map.of(PersonalDataSuite.AES_256_GCM, new SecretKeySpec(sha256Index, "HmacSHA256"),
                        PersonalDataSuite.SM4_GCM, new SecretKeySpec(sm3Index, "HmacSM3")),
                master.source());
        for (byte[] key : new byte[][] {aes, sha256Index, sm4, sm3Index}) {
            Arrays.fill(key, (byte) 0);
        }
        return version;
    }

    /**
     * Keys from a master secret held in memory, as version 1, for tests and tools that run without Spring.
     *
     * @param masterSecret at least 32 random bytes; the array is not kept
     */
    public static PersonalDataKeys fromMasterSecret(byte[] masterSecret) {
        return fromMasterSecrets(Map.of(FIRST_VERSION, masterSecret), FIRST_VERSION);
    }

    /**
     * Keys from master secrets held in memory, by version, for tests and tools that run without Spring.
     *
     * @param masterSecrets at least 32 random bytes each; the arrays are not kept
     * @param currentVersion the version new values are made with, one of {@code masterSecrets}
     */
    public static PersonalDataKeys fromMasterSecrets(Map<Integer, byte[]> masterSecrets, int currentVersion) {
        Map<Integer, Master> masters = new HashMap<>();
        masterSecrets.forEach((version, secret) -> {
            if (secret == null || secret.length < MIN_MASTER_LENGTH) {
                throw new IllegalArgumentException("A master secret needs at least " + MIN_MASTER_LENGTH + " bytes");
            }
            requireVersion(version, "A key version");
            masters.put(version, new Master(secret.clone(), "a secret given in code"));
        });
        return new PersonalDataKeys(deriveAll(masters, currentVersion), currentVersion);
    }

    /**
     * These keys and one more version, read but not yet written, as an instance restarted with
     * {@code shuangsheng.crypto.keys.<version>} has them; for tests and tools that run without Spring.
     *
     * @param masterSecret at least 32 random bytes; the array is not kept
     */
    public PersonalDataKeys withVersion(int version, byte[] masterSecret) {
        requireVersion(version, "A key version");
        if (versions.containsKey(version)) {
            throw new IllegalArgumentException("Key version " + version + " is there already");
        }
        if (masterSecret == null || masterSecret.length < MIN_MASTER_LENGTH) {
            throw new IllegalArgumentException("A master secret needs at least " + MIN_MASTER_LENGTH + " bytes");
        }
        byte[] copy = masterSecret.clone();
        try {
            Map<Integer, Version> more = new HashMap<>(versions);
            more.put(version, derive(new Master(copy, "a secret given in code")));
            return new PersonalDataKeys(more, currentVersion);
        } finally {
            Arrays.fill(copy, (byte) 0);
        }
    }

    /** These keys writing new values with {@code version}, one of theirs, as after changing {@code shuangsheng.crypto.key-version}. */
    public PersonalDataKeys writing(int version) {
        if (!versions.containsKey(version)) {
            throw new IllegalArgumentException("Key version " + version + " is not one of " + versions.keySet());
        }
        return new PersonalDataKeys(versions, version);
    }

    private PersonalDataKeys(Map<Integer, Version> derived, int currentVersion) {
        this.versions = ordered(derived, currentVersion);
        this.currentVersion = currentVersion;
    }

    /** Current first, then the others from the newest down: the order lookups ask in. */
    private static Map<Integer, Version> ordered(Map<Integer, Version> versions, int currentVersion) {
        Map<Integer, Version> ordered = new LinkedHashMap<>();
        ordered.put(currentVersion, versions.get(currentVersion));
        versions.keySet().stream().filter(v -> v != currentVersion).sorted(Comparator.reverseOrder())
                .forEach(v -> ordered.put(v, versions.get(v)));
        return Collections.unmodifiableMap(ordered);
    }

    int currentVersion() {
        return currentVersion;
    }

    /** The versions this instance reads, the current one first, then the others from the newest down. */
    List<Integer> versions() {
        return List.copyOf(versions.keySet());
    }

    /** The encryption key of a suite and version, or null when this instance does not have that version. */
    SecretKey encryptionKey(PersonalDataSuite suite, int version) {
        Version keys = versions.get(version);
        return keys == null ? null : keys.encryption().get(suite);
    }

    /** The blind index key of a suite under the current version. */
    SecretKey blindIndexKey(PersonalDataSuite suite) {
        return blindIndexKey(suite, currentVersion);
    }

    /** The blind index key of a suite and version, or null when this instance does not have that version. */
    SecretKey blindIndexKey(PersonalDataSuite suite, int version) {
        Version keys = versions.get(version);
        return keys == null ? null : keys.blindIndex().get(suite);
    }

    /** Names the key versions and where their masters came from, never a key. */
    @Override
    public String toString() {
        return "PersonalDataKeys[" + describe() + "]";
    }

    private String describe() {
        StringJoiner text = new StringJoiner(", ");
        versions.forEach((version, keys) -> text.add("version " + version + " from " + keys.source()));
        return versions.size() == 1 ? text.toString() : text + " (new values: version " + currentVersion + ")";
    }

    /** The property a version's master is set with. */
    static String propertyOf(int version) {
        return version == FIRST_VERSION ? "SHUANGSHENG_DATA_KEY or " + VERSIONED_KEYS + "." + version
                : VERSIONED_KEYS + "." + version + " or SHUANGSHENG_CRYPTO_KEYS_" + version;
    }

    private static Map<Integer, Master> load(String configuredKey, boolean demo, Path keyFile,
            Map<String, String> versionedKeys) {
        Map<Integer, Master> masters = new HashMap<>();
        try {
            versionedKeys.forEach((name, text) -> {
                if (text == null || text.isBlank()) {
                    return;
                }
                String property = VERSIONED_KEYS + "." + name;
                int version;
                try {
                    version = Integer.parseInt(name.strip());
                } catch (NumberFormatException e) {
                    throw new IllegalStateException(property + " names no key version: a version is a number from "
                            + FIRST_VERSION + " to " + LAST_VERSION);
                }
                requireVersion(version, property);
                masters.put(version, new Master(decode(text, property), property));
            });
            boolean dataKey = configuredKey != null && !configuredKey.isBlank();
            if (dataKey && masters.containsKey(FIRST_VERSION)) {
                throw new IllegalStateException("Key version 1 is set twice, by SHUANGSHENG_DATA_KEY and by "
                        + VERSIONED_KEYS + ".1: keep one of them");
            }
            if (dataKey) {
                masters.put(FIRST_VERSION, new Master(decode(configuredKey, "SHUANGSHENG_DATA_KEY"),
                        "SHUANGSHENG_DATA_KEY"));
            } else if (demo && !masters.containsKey(FIRST_VERSION)) {
                masters.put(FIRST_VERSION, new Master(readOrCreate(keyFile),
                        "the key file " + keyFile.toAbsolutePath().normalize()));
            } else if (masters.isEmpty()) {
                throw new IllegalStateException("SHUANGSHENG_DATA_KEY is not set. Residents' ID numbers and phone "
                        + "numbers are stored encrypted with it: set it to " + KEY_HINT + ", and keep it safe: "
                        + "data stored under one key cannot be read with another. (Only demo mode generates a key file.)");
            }
            return masters;
        } catch (RuntimeException e) {
            masters.values().forEach(master -> Arrays.fill(master.secret(), (byte) 0));
            throw e;
        }
    }

    private static void requireVersion(int version, String what) {
        if (version < FIRST_VERSION || version > LAST_VERSION) {
            throw new IllegalStateException(what + " is " + version + ": a key version is " + FIRST_VERSION + " to "
                    + LAST_VERSION + " (four bits of every stored value)");
        }
    }

    /** The same master under two versions would make a rotation that changes nothing. */
    private static void requireDistinct(Map<Integer, Master> masters) {
        List<Integer> sorted = masters.keySet().stream().sorted().toList();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                if (MessageDigest.isEqual(masters.get(sorted.get(i)).secret(), masters.get(sorted.get(j)).secret())) {
                    throw new IllegalStateException("Key versions " + sorted.get(i) + " and " + sorted.get(j)
                            + " hold the same master secret: a new version needs a new one (" + KEY_HINT + ")");
                }
            }
        }
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
