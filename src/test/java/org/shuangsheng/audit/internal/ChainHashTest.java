package org.shuangsheng.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ChainHashTest {

    static final Instant TIME = Instant.parse("2020-03-01T00:00:00.123456Z");

    static String hash(String username, String address, String objectType, String objectId, String detail) {
        return ChainHash.of(ChainHash.GENESIS, 1, TIME, username, address, "LOGIN", objectType, objectId, "SUCCESS",
                detail);
    }

    @Test
    void isSha256InLowercaseHex() {
        assertThat(hash("commander", null, null, null, null)).matches("[0-9a-f]{64}");
    }

    @Test
    void textCannotBeShiftedFromOneColumnToTheNext() {
        assertThat(hash("ab", "c", null, null, null)).isNotEqualTo(hash("a", "bc", null, null, null));
        assertThat(hash("a", null, "b:c", null, null)).isNotEqualTo(hash("a", null, "b", "c", null));
        assertThat(hash("a", null, "1:b", null, null)).isNotEqualTo(hash("a", null, null, "b", null));
    }

    @Test
    void aMissingValueDiffersFromAnEmptyOneAndFromADash() {
        assertThat(hash("a", null, null, null, null)).isNotEqualTo(hash("a", "", null, null, null))
                .isNotEqualTo(hash("a", "-", null, null, null));
    }

    @Test
    void everyColumnCounts() {
        String base = hash("a", "b", "c", "d", "e");
        assertThat(ChainHash.of(ChainHash.GENESIS, 2, TIME, "a", "b", "LOGIN", "c", "d", "SUCCESS", "e"))
                .isNotEqualTo(base);
        assertThat(ChainHash.of(ChainHash.GENESIS, 1, TIME.plusNanos(1000), "a", "b", "LOGIN", "c", "d", "SUCCESS",
                "e")).isNotEqualTo(base);
        assertThat(ChainHash.of("1".repeat(64), 1, TIME, "a", "b", "LOGIN", "c", "d", "SUCCESS", "e"))
                .isNotEqualTo(base);
        assertThat(ChainHash.of(ChainHash.GENESIS, 1, TIME, "a", "b", "LOGOUT", "c", "d", "SUCCESS", "e"))
                .isNotEqualTo(base);
        assertThat(ChainHash.of(ChainHash.GENESIS, 1, TIME, "a", "b", "LOGIN", "c", "d", "FAILURE", "e"))
                .isNotEqualTo(base);
    }
}
