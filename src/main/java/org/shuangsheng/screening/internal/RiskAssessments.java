package org.shuangsheng.screening.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.audit.AuditOutcome;
import org.shuangsheng.identity.CurrentUser;
import org.shuangsheng.identity.Scope;
import org.shuangsheng.screening.KeyAreaView;
import org.shuangsheng.screening.KeyAreas;
import org.shuangsheng.screening.QuarantineStatus;
import org.shuangsheng.screening.RiskLevel;
import org.shuangsheng.screening.RiskRuleSet;
import org.shuangsheng.screening.RiskSettings;
import org.shuangsheng.screening.VisitRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps each resident's risk level as findings and check-ins arrive, and proposes a quarantine
 * order for a RED or key-area finding. Runs inside the transaction that records the visit or the
 * check-in, so the level and the proposal commit or roll back with it.
 */
@Component
public class RiskAssessments {

    private static final EnumSet<QuarantineStatus> OPEN = EnumSet.of(QuarantineStatus.PROPOSED,
            QuarantineStatus.CONFIRMED);

    private final RiskStandingRepository standings;
    private final QuarantineRepository quarantines;
    private final RiskRuleSet ruleSet;
    private final KeyAreas keyAreas;
    private final AuditLog audit;
    private final Clock clock;

    RiskAssessments(RiskStandingRepository standings, QuarantineRepository quarantines, RiskRuleSet ruleSet,
            KeyAreas keyAreas, AuditLog audit, Clock clock) {
        this.standings = standings;
        this.quarantines = quarantines;
        this.ruleSet = ruleSet;
        this.keyAreas = keyAreas;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void on(VisitRecorded visit) {
        RiskSettings settings = ruleSet.current();
        List<KeyAreaView> areas = keyAreas.active();
        LocalDate visitDate = visit.visitedAt().atZone(clock.getZone()).toLocalDate();
        for (VisitRecorded.Finding finding : visit.findings()) {
            RiskRules.Assessment assessment = RiskRules.assess(finding, visitDate, areas, settings);
            if (!finding.present() && assessment.level() == RiskLevel.GREEN) {
                continue; // nobody was seen and nothing was said: no observation
            }
            RiskStanding standing = standings.findById(finding.residentId())
                    .orElseGet(() -> new RiskStanding(finding.residentId(), visit.householdId(), visit.regionPath()));
            standing.update(RiskRules.next(standing.standing(), assessment, visitDate, settings), visit.regionPath(),
                    clock.instant());
            standings.save(standing);
            if (assessment.proposesQuarantine()
                    && !quarantines.existsByResidentIdAndStatusIn(finding.residentId(), OPEN)) {
                Quarantine proposed = quarantines.save(new Quarantine(finding.residentId(), visit.householdId(),
                        visit.gridCode(), visit.regionPath(), visitDate, visitDate.plusDays(settings.quarantineDays()),
                        assessment.reasons(), visit.visitId(), clock.instant()));
                // Demo seeding records visits with nobody signed in: the platform proposes then.
                audit.record(CurrentUser.scope().map(Scope::username).orElse("system"), AuditAction.CREATE,
                        "quarantine", Long.toString(proposed.getId()), AuditOutcome.SUCCESS,
                        "proposed for resident " + finding.residentId() + " from visit " + visit.visitId());
            }
        }
    }

    /** A check-in's observation moves the resident's standing like a finding does. */
    public void checkedIn(Quarantine quarantine, RiskRules.Assessment assessment, LocalDate day) {
        RiskSettings settings = ruleSet.current();
        RiskStanding standing = standings.findById(quarantine.getResidentId()).orElseGet(() -> new RiskStanding(
                quarantine.getResidentId(), quarantine.getHouseholdId(), quarantine.getRegionPath()));
        standing.update(RiskRules.next(standing.standing(), assessment, day, settings), quarantine.getRegionPath(),
                clock.instant());
        standings.save(standing);
    }

    /** A day with no check-in raises the resident's level as the rule set says ({@code level.missed.checkin}). */
    public void missedCheckIn(Quarantine quarantine, LocalDate day) {
        checkedIn(quarantine, RiskRules.assessCheckIn(null, null, true, ruleSet.current()), day);
    }

    /** Release ends a YELLOW level; a RED one still needs its normal days. */
    public void released(Quarantine quarantine, LocalDate day) {
        standings.findById(quarantine.getResidentId()).ifPresent(standing -> {
            RiskRules.Standing after = RiskRules.released(standing.standing(), day);
            if (after != null) {
                standing.update(after, quarantine.getRegionPath(), clock.instant());
            }
        });
    }

    public RiskLevel levelOf(long residentId) {
        return standings.findById(residentId).map(RiskStanding::getLevel).orElse(RiskLevel.GREEN);
    }
}
