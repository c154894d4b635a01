package org.shuangsheng.identity.internal;

import org.shuangsheng.identity.PersonalDataCipher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar shuangsheng.jar --shuangsheng.crypto.reencrypt=true --server.port=0}: moves the
 * stored personal data to {@code shuangsheng.crypto.suite} and the current key version
 * ({@link PersonalDataReencryption}), {@code shuangsheng.crypto.reencrypt-batch-size} rows (500)
 * per transaction, prints the counts and ends the process: status 0 when every row is current,
 * 1 when some could not be read (their ids are in the log). Stopped half-way, the next run
 * resumes. Runs before any other runner, so nothing is seeded on the way; never at a normal start.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
@ConditionalOnProperty(name = "shuangsheng.crypto.reencrypt", havingValue = "true")
class ReencryptCommand implements ApplicationRunner {

    private final PersonalDataReencryption reencryption;

    private final PersonalDataCipher cipher;

    private final ConfigurableApplicationContext context;

    private final int batchSize;

    ReencryptCommand(PersonalDataReencryption reencryption, PersonalDataCipher cipher,
            ConfigurableApplicationContext context,
            @Value("${shuangsheng.crypto.reencrypt-batch-size:500}") int batchSize) {
        this.reencryption = reencryption;
        this.cipher = cipher;
        this.context = context;
        this.batchSize = batchSize;
    }

    @Override
    public void run(ApplicationArguments args) {
        PersonalDataReencryption.Result result = reencryption.run(cipher, batchSize, Integer.MAX_VALUE);
        for (PersonalDataReencryption.TableResult table : result.tables()) {
            System.out.println(table.table() + ": " + table.scanned() + " rows read, " + table.moved() + " moved, "
                    + table.changedMeanwhile() + " changed meanwhile, " + table.unreadable() + " unreadable");
        }
        System.out.println("Personal data is " + (result.unreadable() == 0 ? "all" : "partly") + " stored under "
                + result.target() + ": " + result.moved() + " rows moved in this run.");
        int status = result.unreadable() == 0 ? 0 : 1;
        System.exit(SpringApplication.exit(context, () -> status));
    }
}
