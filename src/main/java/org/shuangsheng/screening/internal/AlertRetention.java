package org.shuangsheng.screening.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.shuangsheng.command.Alerts;
import org.shuangsheng.identity.DataScope;
import org.shuangsheng.screening.RetainedHealthRecords;
import org.springframework.stereotype.Component;

/**
 * The alerts screening raised about people (a fever at the door with the resident's masked name
 * and temperature, a quarantine overdue for release) hold health data too: once resolved and
 * older than the retention period their details go with the findings they came from.
 */
@Component
class AlertRetention implements RetainedHealthRecords {

    static final Set<String> KINDS = Set.of(FeverAlerts.KIND, DailyQuarantineCheck.OVERDUE);

    private final Alerts alerts;
    private final Clock clock;

    AlertRetention(Alerts alerts, Clock clock) {
        this.alerts = alerts;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "retention.alerts";
    }

    @Override
    public long count(LocalDate cutoff, DataScope.Regions scope) {
        return alerts.countExpired(KINDS, cutoff.atStartOfDay(clock.getZone()).toInstant(), scope);
    }

    @Override
    public long purge(LocalDate cutoff, DataScope.Regions scope) {
        return alerts.redactExpired(KINDS, cutoff.atStartOfDay(clock.getZone()).toInstant(), scope);
    }
}
