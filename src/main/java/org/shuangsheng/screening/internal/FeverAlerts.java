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
 * resident's fever in the same round counts as one more occurrence of its open alert. A resident
 * seen at the door who would not have the temperature taken (拒绝测温) is raised the same way, as
 * a warning: nobody knows whether that person has a fever.
 */
@Component
class FeverAlerts {

    static final String KIND = "screening.fever";
    static final String REFUSED = "screening.temperatureRefused";

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
        List<VisitRecorded.Finding> refusals = visit.findings().stream()
                .filter(VisitRecorded.Finding::temperatureRefused).toList();
        if (fevers.isEmpty() && refusals.isEmpty()) {
            return;
        }
        Map<Long, ResidentSummary> residents = population.residentSummaries(visit.findings().stream()
                .filter(f -> f.feverAt(threshold) || f.temperatureRefused()).map(VisitRecorded.Finding::residentId)
                .toList());
        for (VisitRecorded.Finding fever : fevers) {
            alerts.raise(new NewAlert(KIND, AlertSeverity.CRITICAL, visit.gridCode(), visit.regionPath(),
                    "screening.alert.fever", List.of(maskedName(residents, fever), fever.temperature().toPlainString(),
                            visit.gridCode()),
                    "/screening-rounds/" + visit.roundId() + "?region=" + visit.gridCode(),
                    "round-" + visit.roundId() + "-resident-" + fever.residentId()));
        }
        for (VisitRecorded.Finding refusal : refusals) {
            alerts.raise(new NewAlert(REFUSED, AlertSeverity.WARNING, visit.gridCode(), visit.regionPath(),
                    "screening.alert.temperatureRefused", List.of(maskedName(residents, refusal), visit.gridCode()),
                    "/screening-rounds/" + visit.roundId() + "?region=" + visit.gridCode(),
                    "round-" + visit.roundId() + "-resident-" + refusal.residentId()));
        }
    }

    private static String maskedName(Map<Long, ResidentSummary> residents, VisitRecorded.Finding finding) {
        ResidentSummary resident = residents.get(finding.residentId());
        return resident == null ? "" : Masking.name(resident.name());
    }
}
