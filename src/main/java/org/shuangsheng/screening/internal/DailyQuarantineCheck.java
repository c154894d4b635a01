package org.shuangsheng.screening.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.audit.AuditOutcome;
import org.shuangsheng.command.AlertSeverity;
import org.shuangsheng.command.Alerts;
import org.shuangsheng.command.NewAlert;
import org.shuangsheng.screening.QuarantineStatus;
import org.shuangsheng.shared.DailyRuns;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every morning (default 06:00 in the district's zone, {@code shuangsheng.screening.daily-check-cron}),
 * once per cluster: an alert for each confirmed quarantine overdue for release (one open alert per
 * order, counted again each day it stays overdue), and the level the rule set gives a missed
 * check-in ({@code level.missed.checkin}, YELLOW by default) for each resident whose check-in of
 * yesterday is missing. Alerts carry the grid and dates, never a name.
 */
@Component
public class DailyQuarantineCheck {

    static final String JOB = "daily-quarantine-check";
    public static final String OVERDUE = "screening.quarantineOverdue";

    /** What one run did. */
    public record Outcome(LocalDate day, int overdueAlerts, int missedCheckIns) {
    }

    private static final Logger log = LoggerFactory.getLogger(DailyQuarantineCheck.class);

    private final DailyRuns runs;
    private final QuarantineRepository quarantines;
    private final RiskAssessments risks;
    private final Alerts alerts;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public DailyQuarantineCheck(DailyRuns runs, QuarantineRepository quarantines, RiskAssessments risks,
            Alerts alerts, AuditLog audit, PlatformTransactionManager transactionManager, Clock clock) {
        this.runs = runs;
        this.quarantines = quarantines;
        this.risks = risks;
        this.alerts = alerts;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(cron = "${shuangsheng.screening.daily-check-cron:0 0 6 * * *}",
            zone = "${shuangsheng.zone:Asia/Shanghai}")
    @SchedulerLock(name = "screening.daily-quarantine-check", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    void scheduled() {
        run();
    }

    /** Runs today's check unless another instance (or an earlier call) has; answers what it did. */
    public Optional<Outcome> run() {
        LocalDate today = LocalDate.now(clock);
        Outcome[] outcome = new Outcome[1];
        boolean ran = runs.runOnce(JOB, today, () -> outcome[0] = transactions.execute(status -> check(today)));
        if (!ran) {
            log.info("Daily quarantine check of {} already claimed by another instance", today);
            return Optional.empty();
        }
        log.info("Daily quarantine check of {}: {} overdue for release, {} missed check-ins", today,
                outcome[0].overdueAlerts(), outcome[0].missedCheckIns());
        return Optional.of(outcome[0]);
    }

    private Outcome check(LocalDate today) {
        List<Quarantine> overdue = quarantines.findByStatusAndPlannedEndBeforeOrderById(QuarantineStatus.CONFIRMED,
                today);
        for (Quarantine q : overdue) {
            alerts.raise(new NewAlert(OVERDUE, AlertSeverity.WARNING, q.getGridCode(), q.getRegionPath(),
                    "screening.alert.quarantineOverdue", List.of(q.getPlannedEnd().toString(),
                            Long.toString(ChronoUnit.DAYS.between(q.getPlannedEnd(), today)), q.getGridCode()),
                    "/quarantines/" + q.getId(), "quarantine-" + q.getId()));
        }
        LocalDate yesterday = today.minusDays(1);
        List<Quarantine> missed = quarantines.missingCheckInOf(yesterday);
        for (Quarantine q : missed) {
            risks.missedCheckIn(q, yesterday);
        }
        if (!missed.isEmpty()) {
            audit.record("system", AuditAction.UPDATE, "quarantine", missed.size() == 1
                    ? Long.toString(missed.get(0).getId()) : "list", AuditOutcome.SUCCESS,
                    "missed check-in of " + yesterday + ", risk level raised: " + String.join(",",
                            missed.stream().limit(40).map(q -> Long.toString(q.getId())).toList()));
        }
        return new Outcome(today, overdue.size(), missed.size());
    }
}
