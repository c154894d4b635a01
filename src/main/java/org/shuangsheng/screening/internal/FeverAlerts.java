package org.shuangsheng.screening.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.shuangsheng.command.AlertSeverity;
import org.shuangsheng.command.Alerts;
import org.shuangsheng.command.NewAlert;
import org.shuangsheng.population.PopulationQueries;
import org.shuangsheng.population.ResidentSummary;
import org.shuangsheng.screening.RiskRuleSet;
import org.shuangsheng.screening.VisitRecorded;
import org.shuangsheng.shared.Masking;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A fever found at a door goes to the command centre's alert list at once, with the visit: the
 * resident's name masked, the temperature and the grid, never an ID or phone number. The same
 * resident's fever in the same round counts as one more occurrence of its open alert.
 */
@Component
class FeverAlerts {

    static final String KIND = "screening.fever";

    private final Alerts alerts;
    private final RiskRuleSet rules;
    private final PopulationQueries population;

    FeverAlerts(Alerts alerts, RiskRuleSet rules, PopulationQueries population) {
        this.alerts = alerts;
        this.rules = rules;
        this.population = population;
    }

    @EventListener
    void on(VisitRecorded visit) {
        BigDecimal threshold = rules.current().feverThreshold();
        List<VisitRecorded.Finding> fevers = visit.findings().stream().filter(f -> f.feverAt(threshold)).toList();
        if (fevers.isEmpty()) {
            return;
        }
        Map<Long, ResidentSummary> residents = population.residentSummaries(
                fevers.stream().map(VisitRecorded.Finding::residentId).toList());
        for (VisitRecorded.Finding fever : fevers) {
            ResidentSummary resident = residents.get(fever.residentId());
            String name = resident == null ? "" : Masking.name(resident.name());
            alerts.raise(new NewAlert(KIND, AlertSeverity.CRITICAL, visit.gridCode(), visit.regionPath(),
                    "screening.alert.fever", List.of(name, fever.temperature().toPlainString(), visit.gridCode()),
                    "/screening-rounds/" + visit.roundId() + "?region=" + visit.gridCode(),
                    "round-" + visit.roundId() + "-resident-" + fever.residentId()));
        }
    }
}
