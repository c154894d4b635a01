package org.shuangsheng.audit.internal;

import java.io.PrintStream;
import org.shuangsheng.audit.AuditChainVerifier;
import org.shuangsheng.audit.AuditChainVerifier.Verification;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar shuangsheng.jar --shuangsheng.audit.verify}: checks the audit chain, prints
 * the result and ends the process with status 0 when the chain is intact, 1 when it is broken.
 * Runs before any other runner, so nothing is seeded or changed on the way.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty("shuangsheng.audit.verify")
class ChainVerifyCommand implements ApplicationRunner {

    private final AuditChainVerifier verifier;
    private final ConfigurableApplicationContext context;

    ChainVerifyCommand(AuditChainVerifier verifier, ConfigurableApplicationContext context) {
        this.verifier = verifier;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        int status = report(verifier.verify(), System.out);
        System.exit(SpringApplication.exit(context, () -> status));
    }

    /** Prints the result and answers the exit status. */
    static int report(Verification result, PrintStream out) {
        if (result.intact()) {
            out.println(result.checked() == 0 ? "Audit chain intact: the log is empty."
                    : "Audit chain intact: " + result.checked() + " records checked, ids " + result.firstId()
                            + " to " + result.lastId() + ".");
            return 0;
        }
        out.println("Audit chain BROKEN at record " + result.firstBrokenId() + " (" + result.problem() + "); "
                + result.checked() + " records before it checked"
                + (result.firstId() == null ? "." : ", from id " + result.firstId() + "."));
        return 1;
    }
}
