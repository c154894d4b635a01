package org.shuangsheng.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash that links a row to the one before it: SHA-256, as lowercase hex, of the previous
 * row's hash followed by every other column of the row in a fixed order.
 *
 * <p>Each value is written as its length in UTF-8 bytes, a colon and the bytes ({@code 5:admin}),
 * and a missing value as a single {@code -}. A length always starts with a digit, so no value
 * can be shifted into its neighbour ("ab"+"c" and "a"+"bc" hash differently) and null differs
 * from the empty text. The time is its count of microseconds since 1970-01-01T00:00Z.
 */
public final class ChainHash {

    /** The previous hash of the first row ever written. */
    public static final String GENESIS = "0".repeat(64);

    private static final byte[] VERSION = "shuangsheng-audit-v1|".getBytes(StandardCharsets.US_ASCII);

    private ChainHash() {
    }

    public static String of(String previousHash, long id, AuditEntry entry) {
        return of(previousHash, id, entry.occurredAt(), entry.username(), entry.address(), entry.action().name(),
                entry.objectType(), entry.objectId(), entry.outcome().name(), entry.detail());
    }

    public static String of(String previousHash, long id, Instant occurredAt, String username, String address,
            String action, String objectType, String objectId, String outcome, String detail) {
        MessageDigest digest = sha256();
        digest.update(VERSION);
        field(digest, previousHash);
        field(digest, Long.toString(id));
        field(digest, Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, occurredAt)));
        field(digest, username);
        field(digest, address);
        field(digest, action);
        field(digest, objectType);
        field(digest, objectId);
        field(digest, outcome);
        field(digest, detail);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void field(MessageDigest digest, String value) {
        if (value == null) {
            digest.update((byte) '-');
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
