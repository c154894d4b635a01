package org.shuangsheng.screening;

import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.audit.AuditOutcome;
import org.shuangsheng.screening.internal.CheckIn;
import org.shuangsheng.screening.internal.CheckInTemperatureValidator;
import org.shuangsheng.screening.internal.CheckInRepository;
import org.shuangsheng.screening.internal.Quarantine;
import org.shuangsheng.screening.internal.RiskAssessments;
import org.shuangsheng.screening.internal.RiskRules;
import org.shuangsheng.shared.InvalidInputException.Violation;
import org.shuangsheng.shared.TypedText;
import org.shuangsheng.shared.validation.IsoDateValidator;
import org.shuangsheng.shared.validation.Violations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decisions on quarantine orders: confirm or dismiss a proposal, record a day's check-in, record
 * the release (解除隔离). Which roles may do each is decided by the routes; which orders, by the
 * caller's scope (an order outside it answers 404). Every change is audited.
 */
@Service
@Transactional
public class QuarantineManagement {

    static final int MAX_TEXT = 200;

    private final QuarantineQueries queries;
    private final CheckInRepository checkIns;
    private final RiskAssessments risks;
    private final RiskRuleSet ruleSet;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;
    private final Validator validator;

    QuarantineManagement(QuarantineQueries queries, CheckInRepository checkIns, RiskAssessments risks,
            RiskRuleSet ruleSet, ApplicationEventPublisher events, AuditLog audit, Clock clock, Validator validator) {
        this.validator = validator;
        this.queries = queries;
        this.checkIns = checkIns;
        this.risks = risks;
        this.ruleSet = ruleSet;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Confirms a proposal as home or central quarantine; central quarantine names its place. */
    public void confirm(long id, Confirmation confirmation) {
        Quarantine q = queries.require(id);
        Violations violations = Violations.of(validator, confirmation).add(requireStatus(q, QuarantineStatus.PROPOSED));
        QuarantineType chosen = violations.refused("type") ? null
                : QuarantineType.valueOf(TypedText.stripped(confirmation.type()));
        String where = violations.refused("place") ? null : TypedText.stripped(confirmation.place());
        if (chosen == QuarantineType.CENTRAL && where == null) {
            violations.add("place", "quarantine.place.required");
        }
        violations.throwIfAny();
        q.confirm(chosen, where, clock.instant(), KeyAreas.username());
        audit.record(AuditAction.UPDATE, "quarantine", Long.toString(id), AuditOutcome.SUCCESS, "confirmed " + chosen);
        events.publishEvent(new QuarantineConfirmed(id, q.getResidentId(), q.getHouseholdId(), q.getRegionPath(),
                chosen, q.getStartDate(), q.getPlannedEnd()));
    }

    /** Dismisses a proposal that needs no quarantine, with the reason why. */
    public void dismiss(long id, Dismissal dismissal) {
        Quarantine q = queries.require(id);
        Violations violations = Violations.of(validator, dismissal).add(requireStatus(q, QuarantineStatus.PROPOSED));
        String why = violations.refused("reason") ? null : TypedText.stripped(dismissal.reason());
        if (why == null) {
            violations.add("reason", "quarantine.reason.required");
        }
        violations.throwIfAny();
        q.dismiss(why, clock.instant(), KeyAreas.username());
        audit.record(AuditAction.UPDATE, "quarantine", Long.toString(id), AuditOutcome.SUCCESS, "dismissed");
    }

    /**
     * Records the day's check-in of a confirmed quarantine: one per day, not before the start nor
     * in the future, temperature 34-43 ℃. A fever, symptoms or a missed day raise the resident's
     * level by the rules; a normal day counts toward GREEN.
     */
    public void checkIn(long id, NewCheckIn checkIn) {
        Quarantine q = queries.require(id);
        Violations violations = Violations.of(validator, checkIn).add(requireStatus(q, QuarantineStatus.CONFIRMED));
        LocalDate today = LocalDate.now(clock);
        LocalDate day = violations.refused("date") ? null : dayOr(checkIn.date(), today);
        if (day != null && (day.isAfter(today) || day.isBefore(q.getStartDate()))) {
            violations.add("date", "quarantine.checkIn.date.range");
        } else if (day != null && checkIns.existsByQuarantineIdAndCheckDate(id, day)) {
            violations.add("date", "quarantine.checkIn.date.taken");
        }
        violations.throwIfAny();
        BigDecimal celsius = CheckInTemperatureValidator.parse(checkIn.temperature());
        String symptomText = TypedText.stripped(checkIn.symptoms());
        LocalDate previous = q.getLastCheckIn() != null && q.getLastCheckIn().isBefore(day) ? q.getLastCheckIn()
                : q.getStartDate();
        boolean missed = day.minusDays(1).isAfter(previous);
        checkIns.save(new CheckIn(id, q.getResidentId(), q.getRegionPath(), day, celsius, symptomText,
                KeyAreas.username(), clock.instant()));
        q.checkedIn(day);
        risks.checkedIn(q, RiskRules.assessCheckIn(celsius, symptomText, missed, ruleSet.current()), day);
        audit.record(AuditAction.CREATE, "quarantine-check-in", Long.toString(id), AuditOutcome.SUCCESS,
                day.toString());
    }

    /** Records the release on a day from the planned end on, or earlier with a note saying why. */
    public void release(long id, Release release) {
        Quarantine q = queries.require(id);
        Violations violations = Violations.of(validator, release).add(requireStatus(q, QuarantineStatus.CONFIRMED));
        LocalDate today = LocalDate.now(clock);
        LocalDate day = violations.refused("date") ? null : dayOr(release.date(), today);
        String why = violations.refused("note") ? null : TypedText.stripped(release.note());
        if (day != null && (day.isAfter(today) || day.isBefore(q.getStartDate()))) {
            violations.add("date", "quarantine.release.date.range");
        } else if (day != null && day.isBefore(q.getPlannedEnd()) && why == null) {
            violations.add("note", "quarantine.release.early");
        }
        violations.throwIfAny();
        q.release(day, why, KeyAreas.username());
        risks.released(q, day);
        audit.record(AuditAction.UPDATE, "quarantine", Long.toString(id), AuditOutcome.SUCCESS, "released " + day);
        events.publishEvent(new QuarantineReleased(id, q.getResidentId(), q.getRegionPath(), day));
    }

    private static Optional<Violation> requireStatus(Quarantine q, QuarantineStatus expected) {
        return q.getStatus() == expected ? Optional.empty()
                : Optional.of(new Violation("status", "quarantine.status.not." + expected.name()));
    }

    /** The day typed, or {@code otherwise} when none was. */
    private static LocalDate dayOr(String typed, LocalDate otherwise) {
        LocalDate day = IsoDateValidator.parse(typed);
        return day == null ? otherwise : day;
    }
}
