package org.shuangsheng.screening;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.audit.AuditOutcome;
import org.shuangsheng.identity.CurrentUser;
import org.shuangsheng.identity.DataScope;
import org.shuangsheng.identity.DataScopes;
import org.shuangsheng.identity.Scope;
import org.shuangsheng.population.HouseholdResidents;
import org.shuangsheng.population.PopulationQueries;
import org.shuangsheng.region.RegionQueries;
import org.shuangsheng.region.RegionView;
import org.shuangsheng.screening.internal.ScreeningFinding;
import org.shuangsheng.screening.internal.ScreeningFindingRepository;
import org.shuangsheng.screening.internal.ScreeningRound;
import org.shuangsheng.screening.internal.ScreeningRoundRepository;
import org.shuangsheng.screening.internal.ScreeningVisit;
import org.shuangsheng.screening.internal.ScreeningVisitRepository;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.InvalidInputException.Violation;
import org.shuangsheng.shared.RegionPath;
import org.shuangsheng.shared.TypedText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opening screening rounds and recording visits. Every field is checked on the server and a
 * bad one is named ({@code findings[1].temperature}); a visit re-sent with the same request key
 * records nothing twice. Health fields never reach a log line.
 */
@Service
@Transactional
public class ScreeningManagement {

    /** A phone's clock may run a little ahead of the server's. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    static final BigDecimal LOWEST = new BigDecimal("34.0");
    static final BigDecimal HIGHEST = new BigDecimal("43.0");
    static final int MAX_FINDINGS = 30;

    private final ScreeningRoundRepository rounds;
    private final ScreeningVisitRepository visits;
    private final ScreeningFindingRepository findings;
    private final ScreeningQueries queries;
    private final PopulationQueries population;
    private final RegionQueries regions;
    private final DataScopes scopes;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final org.shuangsheng.screening.internal.RoundTallies tallies;

    ScreeningManagement(ScreeningRoundRepository rounds, ScreeningVisitRepository visits,
            ScreeningFindingRepository findings, ScreeningQueries queries, PopulationQueries population,
            RegionQueries regions, DataScopes scopes, AuditLog audit, ApplicationEventPublisher events, Clock clock,
            org.shuangsheng.screening.internal.RoundTallies tallies) {
        this.tallies = tallies;
        this.rounds = rounds;
        this.visits = visits;
        this.findings = findings;
        this.queries = queries;
        this.population = population;
        this.regions = regions;
        this.scopes = scopes;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Opens a round over a region of the caller's scope. */
    public long openRound(NewRound round) {
        List<Violation> violations = new ArrayList<>();
        String name = text(round.name());
        if (name == null) {
            violations.add(new Violation("name", "screening.round.name.required"));
        } else if (name.length() > 100 || TypedText.hasHiddenControls(name)) {
            violations.add(new Violation("name", "screening.round.name.format"));
        }
        LocalDate start = date(round.startDate(), "startDate", true, violations);
        LocalDate end = date(round.endDate(), "endDate", true, violations);
        if (start != null && end != null && end.isBefore(start)) {
            violations.add(new Violation("endDate", "screening.round.endBeforeStart"));
        } else if (start != null && end != null && start.plusDays(366).isBefore(end)) {
            violations.add(new Violation("endDate", "screening.round.tooLong"));
        }
        RegionView region = null;
        String code = text(round.regionCode());
        if (code == null) {
            violations.add(new Violation("regionCode", "screening.round.region.required"));
        } else {
            region = regions.find(code).filter(r -> !r.retired()).filter(r -> covered(r.path())).orElse(null);
            if (region == null) {
                // Outside the scope reads like a region that does not exist.
                violations.add(new Violation("regionCode", "screening.round.region.unknown", code));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        ScreeningRound saved = rounds.save(new ScreeningRound(name, start, end, region.code(), region.path(),
                CurrentUser.scope().map(Scope::username).orElse("system"), clock.instant()));
        audit.record(AuditAction.CREATE, "screening_round", saved.getId().toString(), AuditOutcome.SUCCESS,
                "region " + region.code());
        return saved.getId();
    }

    /**
     * Closes a round, or opens it again, for an official whose scope holds the round's whole
     * region: a subdistrict officer may not end a district-wide sweep. Closing only stops new
     * visits; coverage and findings stay.
     */
    public void setRoundClosed(long roundId, boolean closed) {
        ScreeningRound round = queries.requireRound(roundId);
        if (!covered(round.getRegionPath())) {
            throw new InvalidInputException(List.of(new Violation(null, "screening.round.closeOutsideScope")));
        }
        if (round.isClosed() == closed) {
            return;
        }
        round.setClosed(closed);
        audit.record(AuditAction.UPDATE, "screening_round", round.getId().toString(), AuditOutcome.SUCCESS,
                closed ? "closed" : "reopened");
    }

    /**
     * Records a visit to a household of the caller's scope (its grids, its paired households or
     * its subtree), with a finding per resident, and publishes {@link VisitRecorded} in the same
     * transaction. A household outside the scope answers 404.
     */
    public long recordVisit(long roundId, NewVisit visit) {
        ScreeningRound round = queries.requireRound(roundId);
        long visitor = CurrentUser.scope().map(Scope::userId).orElseThrow();
        String key = text(visit.requestKey());
        if (key != null) {
            var earlier = visits.findByVisitorIdAndRequestKey(visitor, key);
            if (earlier.isPresent()) {
                return earlier.get().getId();
            }
        }
        List<Violation> violations = new ArrayList<>();
        if (key != null && key.length() > 100) {
            violations.add(new Violation("requestKey", "screening.visit.requestKey"));
        }
        if (visit.householdId() == null) {
            throw new InvalidInputException("householdId", "screening.visit.household.required");
        }
        HouseholdResidents household = population.householdResidents(visit.householdId());
        if (round.isClosed()) {
            violations.add(new Violation(null, "screening.round.closed"));
        }
        if (!RegionPath.of(household.regionPath()).isWithin(RegionPath.of(round.getRegionPath()))) {
            violations.add(new Violation("householdId", "screening.visit.household.outsideRound"));
        }
        Instant visitedAt = visitedAt(visit.visitedAt(), round, violations);
        VisitMode mode = null;
        String modeText = text(visit.mode());
        if (modeText == null) {
            violations.add(new Violation("mode", "screening.visit.mode.required"));
        } else {
            try {
                mode = VisitMode.valueOf(modeText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                violations.add(new Violation("mode", "screening.visit.mode.unknown"));
            }
        }
        String notes = text(visit.notes());
        if (notes != null && notes.length() > 500) {
            violations.add(new Violation("notes", "screening.field.tooLong", 500));
        }
        List<NewFinding> asked = visit.findings() == null ? List.of() : visit.findings();
        if (asked.isEmpty()) {
            violations.add(new Violation("findings", "screening.visit.findings.required"));
        } else if (asked.size() > MAX_FINDINGS) {
            violations.add(new Violation("findings", "screening.visit.findings.tooMany", MAX_FINDINGS));
        }
        Set<Long> members = new HashSet<>(household.residentIds());
        Set<Long> seen = new HashSet<>();
        List<Checked> checked = new ArrayList<>();
        for (int i = 0; i < Math.min(asked.size(), MAX_FINDINGS); i++) {
            NewFinding finding = asked.get(i) == null
                    ? new NewFinding(null, null, null, null, null, null, null, null, null, null) : asked.get(i);
            checked.add(check(finding, "findings[" + i + "].", members, seen, violations));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        ScreeningVisit saved = visits.saveAndFlush(new ScreeningVisit(round.getId(), household.id(),
                household.gridCode(), household.regionPath(), visitor, visitedAt, mode, notes, key, clock.instant()));
        List<VisitRecorded.Finding> recorded = new ArrayList<>();
        for (Checked c : checked) {
            ScreeningFinding f = findings.save(new ScreeningFinding(saved, c.residentId(), c.present(),
                    c.absenceReason(), c.temperature(), c.symptoms(), c.travelledFrom(), c.arrivedOn(), c.transport(),
                    c.contactWithCase(), c.measures()));
            recorded.add(new VisitRecorded.Finding(f.getId(), c.residentId(), c.present(), c.temperature(),
                    c.symptoms(), c.travelledFrom(), c.arrivedOn(), c.contactWithCase()));
        }
        findings.flush();
        tallies.refresh(round.getId(), List.of(household.regionPath()));
        audit.record(AuditAction.CREATE, "screening_visit", saved.getId().toString(), AuditOutcome.SUCCESS,
                "household " + household.id() + ", round " + round.getId() + ", " + checked.size() + " findings");
        events.publishEvent(new VisitRecorded(round.getId(), saved.getId(), household.id(), household.gridCode(),
                household.regionPath(), visitedAt, mode, visitor, recorded));
        return saved.getId();
    }

    /** The visit a request key already recorded for the caller, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> visitRecordedWith(String requestKey) {
        String key = text(requestKey);
        return key == null ? java.util.Optional.empty() : CurrentUser.scope()
                .flatMap(s -> visits.findByVisitorIdAndRequestKey(s.userId(), key)).map(ScreeningVisit::getId);
    }

    private record Checked(long residentId, boolean present, String absenceReason, BigDecimal temperature,
            String symptoms, String travelledFrom, LocalDate arrivedOn, String transport, boolean contactWithCase,
            String measures) {
    }

    private Checked check(NewFinding f, String prefix, Set<Long> members, Set<Long> seen,
            List<Violation> violations) {
        long residentId = f.residentId() == null ? 0 : f.residentId();
        if (f.residentId() == null) {
            violations.add(new Violation(prefix + "residentId", "screening.finding.resident.required"));
        } else if (!members.contains(f.residentId())) {
            violations.add(new Violation(prefix + "residentId", "screening.finding.resident.notInHousehold"));
        } else if (!seen.add(f.residentId())) {
            violations.add(new Violation(prefix + "residentId", "screening.finding.resident.repeated"));
        }
        if (f.present() == null) {
            violations.add(new Violation(prefix + "present", "screening.finding.present.required"));
        }
        boolean present = Boolean.TRUE.equals(f.present());
        BigDecimal temperature = temperature(f.temperature(), prefix + "temperature", f.present(), violations);
        String absenceReason = limited(f.absenceReason(), prefix + "absenceReason", 200, violations);
        String symptoms = limited(f.symptoms(), prefix + "symptoms", 200, violations);
        String travelledFrom = limited(f.travelledFrom(), prefix + "travelledFrom", 100, violations);
        String transport = limited(f.transport(), prefix + "transport", 60, violations);
        String measures = limited(f.measures(), prefix + "measures", 200, violations);
        LocalDate arrivedOn = date(f.arrivedOn(), prefix + "arrivedOn", false, violations);
        if (arrivedOn != null && arrivedOn.isAfter(LocalDate.now(clock))) {
            violations.add(new Violation(prefix + "arrivedOn", "screening.finding.arrivedOn.future"));
        }
        return new Checked(residentId, present, present ? null : absenceReason, temperature, symptoms, travelledFrom,
                arrivedOn, transport, Boolean.TRUE.equals(f.contactWithCase()), measures);
    }

    /** 34.0–43.0 ℃ with at most one decimal, and only for a resident who was there. */
    private static BigDecimal temperature(String value, String field, Boolean present, List<Violation> violations) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        BigDecimal temperature;
        try {
            temperature = new BigDecimal(text.replace('，', '.').replace(',', '.'));
        } catch (NumberFormatException e) {
            violations.add(new Violation(field, "screening.finding.temperature.format"));
            return null;
        }
        if (temperature.stripTrailingZeros().scale() > 1) {
            violations.add(new Violation(field, "screening.finding.temperature.format"));
        } else if (temperature.compareTo(LOWEST) < 0 || temperature.compareTo(HIGHEST) > 0) {
            violations.add(new Violation(field, "screening.finding.temperature.range",
                    LOWEST.toPlainString(), HIGHEST.toPlainString()));
        } else if (Boolean.FALSE.equals(present)) {
            violations.add(new Violation(field, "screening.finding.temperature.absent"));
        } else {
            return temperature.setScale(1, java.math.RoundingMode.UNNECESSARY);
        }
        return null;
    }

    private Instant visitedAt(String value, ScreeningRound round, List<Violation> violations) {
        String text = text(value);
        Instant now = clock.instant();
        Instant at;
        if (text == null) {
            at = now;
        } else {
            try {
                at = OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                try {
                    at = LocalDateTime.parse(text).atZone(clock.getZone()).toInstant();
                } catch (DateTimeParseException e2) {
                    violations.add(new Violation("visitedAt", "screening.visit.visitedAt.format"));
                    return now;
                }
            }
        }
        if (at.isAfter(now.plus(CLOCK_SKEW))) {
            violations.add(new Violation("visitedAt", "screening.visit.visitedAt.future"));
        }
        LocalDate day = at.atZone(clock.getZone()).toLocalDate();
        if (day.isBefore(round.getStartDate()) || day.isAfter(round.getEndDate())) {
            violations.add(new Violation("visitedAt", "screening.visit.visitedAt.outsideRound",
                    round.getStartDate().toString(), round.getEndDate().toString()));
        }
        return at;
    }

    private static LocalDate date(String value, String field, boolean required, List<Violation> violations) {
        String text = text(value);
        if (text == null) {
            if (required) {
                violations.add(new Violation(field, "screening.date.required"));
            }
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.getYear() < 2000 || date.getYear() > 2100) {
                violations.add(new Violation(field, "screening.date.format"));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "screening.date.format"));
            return null;
        }
    }

    private static String limited(String value, String field, int max, List<Violation> violations) {
        String text = text(value);
        if (text != null && (text.length() > max || TypedText.hasHiddenControls(text, "\n"))) {
            violations.add(new Violation(field, "screening.field.tooLong", max));
        }
        return text;
    }

    private boolean covered(String path) {
        return scopes.current() instanceof DataScope.Regions regions && regions.covers(path);
    }

    private static String text(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
