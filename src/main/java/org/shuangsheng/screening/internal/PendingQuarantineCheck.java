package org.shuangsheng.screening.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.shuangsheng.command.AlertSeverity;
import org.shuangsheng.command.Alerts;
import org.shuangsheng.command.NewAlert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A proposed quarantine order that nobody confirms or dismisses leaves a resident who may be
 * infectious free to go about: once it has waited longer than
 * {@code shuangsheng.screening.pending-alert-after} (default 24 h), the command centre gets one
 * alert for it, with the hours waited and the grid, never a name. Checked every quarter of an hour
 * ({@code shuangsheng.screening.pending-check-cron}), once per cluster; an order is marked when
 * alerted, so it is alerted once even after its alert is resolved while it still waits.
 */
@Component
public class PendingQuarantineCheck {

    public static final String PENDING = "screening.quarantinePending";

    private static final Logger log = LoggerFactory.getLogger(PendingQuarantineCheck.class);

    private final QuarantineRepository quarantines;
    private final Alerts alerts;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration waitLimit;

    public PendingQuarantineCheck(QuarantineRepository quarantines, Alerts alerts,
            PlatformTransactionManager transactionManager, Clock clock,
            @Value("${shuangsheng.screening.pending-alert-after:24h}") Duration waitLimit) {
        this.quarantines = quarantines;
        this.alerts = alerts;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.waitLimit = waitLimit;
    }

    @Scheduled(cron = "${shuangsheng.screening.pending-check-cron:0 */15 * * * *}",
            zone = "${shuangsheng.zone:Asia/Shanghai}")
    @SchedulerLock(name = "screening.pending-quarantine-check", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
    void scheduled() {
        run();
    }

    /** Alerts every order that has waited too long and was not alerted yet; answers how many. */
    public int run() {
        Instant now = clock.instant();
        Integer raised = transactions.execute(status -> {
            List<Long> waiting = quarantines.waitingUnalertedSince(now.minus(waitLimit));
            int count = 0;
            for (Quarantine q : quarantines.findAllById(waiting)) {
                if (quarantines.markWaitAlerted(q.getId(), now) == 0) {
                    continue;
                }
                alerts.raise(new NewAlert(PENDING, AlertSeverity.WARNING, q.getGridCode(), q.getRegionPath(),
                        "screening.alert.quarantinePending", List.of(
                                Long.toString(Duration.between(q.getProposedAt(), now).toHours()), q.getGridCode()),
                        "/quarantines/" + q.getId(), "quarantine-pending-" + q.getId()));
                count++;
            }
            return count;
        });
        if (raised > 0) {
            log.info("Quarantine orders waiting over {} to be confirmed: {} alerted", waitLimit, raised);
        }
        return raised;
    }
}
