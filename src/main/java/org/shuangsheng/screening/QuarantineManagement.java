package org.shuangsheng.screening;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.audit.AuditOutcome;
import org.shuangsheng.screening.internal.CheckIn;
import org.shuangsheng.screening.internal.CheckInRepository;
import org.shuangsheng.screening.internal.Quarantine;
import org.shuangsheng.screening.internal.RiskAssessments;
import org.shuangsheng.screening.internal.RiskRules;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.InvalidInputException.Violation;
import org.shuangsheng.shared.TypedText;
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
    static final BigDecimal LOWEST = new BigDecimal("34.0");
    static final BigDecimal HIGHEST = new BigDecimal("43.0");

    private final QuarantineQueries queries;
    private final CheckInRepository checkIns;
    private final RiskAssessments risks;
    private final RiskRuleSet ruleSet;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    QuarantineManagement(QuarantineQueries queries, CheckInRepository checkIns, RiskAssessments risks,
            RiskRuleSet ruleSet, ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.queries = queries;
        this.checkIns = checkIns;
        this.risks = risks;
        this.ruleSet = ruleSet;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Confirms a proposal as home or central quarantine; central quarantine names its place. */
    public void confirm(long id, String type, String place) {
        Quarantine q = queries.require(id);
        List<Violation> violations = new ArrayList<>();
        requireStatus(q, QuarantineStatus.PROPOSED, violations);
        QuarantineType chosen = null;
        try {
            chosen = QuarantineType.valueOf(type == null ? "" : type.strip());
        } catch (IllegalArgumentException e) {
            violations.add(new Violation("type", "quarantine.type.required"));
        }
        String where = text(place, "place", violations);
        if (chosen == QuarantineType.CENTRAL && where == null) {
            violations.add(new Violation("place", "quarantine.place.required"));
        }
        failOn(violations);
        q.confirm(chosen, where, clock.instant(), KeyAreas.username());
        audit.record(AuditAction.UPDATE, "quarantine", Long.toString(id), AuditOutcome.SUCCESS, "confirmed " + chosen);
        events.publishEvent(new QuarantineConfirmed(id, q.getResidentId(), q.getHouseholdId(), q.getRegionPath(),
                chosen, q.getStartDate(), q.getPlannedEnd()));
    }

    /** Dismisses a proposal that needs no quarantine, with the reason why. */
    public void dismiss(long id, String reason) {
        Quarantine q = queries.require(id);
        List<Violation> violations = new ArrayList<>();
        requireStatus(q, QuarantineStatus.PROPOSED, violations);
        String why = text(reason, "reason", violations);
        if (why == null) {
            violations.add(new Violation("reason", "quarantine.reason.required"));
        }
        failOn(violations);
        q.dismiss(why, clock.instant(), KeyAreas.username());
        audit.record(AuditAction.UPDATE, "quarantine", Long.toString(id), AuditOutcome.SUCCESS, "dismissed");
    }

    /**
     * Records the day's check-in of a confirmed quarantine: one per day, not before the start nor
     * in the future, temperature 34-43 ℃. A fever, symptoms or a missed day raise the resident's
     * level by the rules; a normal day counts toward GREEN.
     *
     * @param date the day, {@code yyyy-MM-dd}; blank for today
     */
    public void checkIn(long id, String date, String temperature, String symptoms) {
        Quarantine q = queries.require(id);
        List<Violation> violations = new ArrayList<>();
        requireStatus(q, QuarantineStatus.CONFIRMED, violations);
        LocalDate today = LocalDate.now(clock);
        LocalDate day = date(date, "date", today, violations);
        if (day != null && (day.isAfter(today) || day.isBefore(q.getStartDate()))) {
            violations.add(new Violation("date", "quarantine.checkIn.date.range"));
        } else if (day != null && checkIns.existsByQuarantineIdAndCheckDate(id, day)) {
            violations.add(new Violation("date", "quarantine.checkIn.date.taken"));
        }
        BigDecimal celsius = temperature(temperature, violations);
        String symptomText = text(symptoms, "symptoms", violations);
        failOn(violations);
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

    /**
     * Records the release on a day from the planned end on, or earlier with a note saying why.
     *
     * @param date the day, {@code yyyy-MM-dd}; blank for today
     */
    public void release(long id, String date, String note) {
        Quarantine q = queries.require(id);
        List<Violation> violations = new ArrayList<>();
        requireStatus(q, QuarantineStatus.CONFIRMED, violations);
        LocalDate today = LocalDate.now(clock);
        LocalDate day = date(date, "date", today, violations);
        String why = text(note, "note", violations);
        if (day != null && (day.isAfter(today) || day.isBefore(q.getStartDate()))) {
            violations.add(new Violation("date", "quarantine.release.date.range"));
        } else if (day != null && day.isBefore(q.getPlannedEnd()) && why == null) {
            violations.add(new Violation("note", "quarantine.release.early"));
        }
        failOn(violations);
        q.release(day, why, KeyAreas.username());
        risks.released(q, day);
        audit.record(AuditAction.UPDATE, "quarantine", Long.toString(id), AuditOutcome.SUCCESS, "released " + day);
        events.publishEvent(new QuarantineReleased(id, q.getResidentId(), q.getRegionPath(), day));
    }

    private static void requireStatus(Quarantine q, QuarantineStatus expected, List<Violation> violations) {
        if (q.getStatus() != expected) {
            violations.add(new Violation("status", "quarantine.status.not." + expected.name()));
        }
    }

    private static void failOn(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static String text(String value, String field, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > MAX_TEXT || TypedText.hasHiddenControls(stripped)) {
            violations.add(new Violation(field, "quarantine.text.format", MAX_TEXT));
            return null;
        }
        return stripped;
    }

    private static LocalDate date(String text, String field, LocalDate otherwise, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "quarantine.date.format"));
            return null;
        }
    }

    private static BigDecimal temperature(String text, List<Violation> violations) {
        try {
            BigDecimal value = new BigDecimal(text == null ? "" : text.strip());
            if (value.scale() <= 1 && value.compareTo(LOWEST) >= 0 && value.compareTo(HIGHEST) <= 0) {
                return value.setScale(1);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        violations.add(new Violation("temperature", "quarantine.temperature.range", LOWEST, HIGHEST));
        return null;
    }
}
