package org.shuangsheng.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Test;

class TotpTests {

    static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void matchesTheSha1VectorsOfRfc6238() {
        assertThat(Totp.code(RFC_SECRET, 59 / 30, 8)).isEqualTo("94287082");
        assertThat(Totp.code(RFC_SECRET, 1111111109L / 30, 8)).isEqualTo("07081804");
        assertThat(Totp.code(RFC_SECRET, 1234567890L / 30, 8)).isEqualTo("89005924");
        assertThat(Totp.code(RFC_SECRET, 20000000000L / 30, 8)).isEqualTo("65353130");
    }

    @Test
    void acceptsOneStepOfDriftAndEachCodeOnlyOnce() {
        String secret = new Base32().encodeAsString(RFC_SECRET);
        Instant now = Instant.ofEpochSecond(1_234_567_890L);
        long step = Totp.step(now);
        assertThat(Totp.verify(secret, Totp.code(secret, step - 1), now, null)).hasValue(step - 1);
        assertThat(Totp.verify(secret, Totp.code(secret, step + 1), now, null)).hasValue(step + 1);
        assertThat(Totp.verify(secret, Totp.code(secret, step + 2), now, null)).isEmpty();
        assertThat(Totp.verify(secret, Totp.code(secret, step), now, step)).as("replayed").isEmpty();
        assertThat(Totp.verify(secret, "12345", now, null)).isEmpty();
        assertThat(Totp.verify(secret, null, now, null)).isEmpty();
    }

    @Test
    void theUriIsWhatAuthenticatorAppsRead() {
        assertThat(Totp.uri("双胜 Shuangsheng", "commander", "ABC")).startsWith("otpauth://totp/")
                .contains("secret=ABC", "digits=6", "period=30");
    }
}
