package org.shuangsheng.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.shuangsheng.audit.AuditChainVerifier.Problem;
import org.shuangsheng.audit.AuditChainVerifier.Verification;

class ChainVerifyCommandTest {

    final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @Test
    void anIntactChainEndsWithStatus0() {
        assertThat(ChainVerifyCommand.report(new Verification(true, null, null, 12, 3L, 14L), out)).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("intact", "12 records", "3 to 14");
    }

    @Test
    void aBrokenChainEndsWithStatus1AndNamesTheRecord() {
        assertThat(ChainVerifyCommand.report(new Verification(false, 7L, Problem.ALTERED, 4, 3L, 6L), out))
                .isEqualTo(1);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("BROKEN at record 7", "ALTERED");
    }
}
