package org.shuangsheng.screening;

import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import org.shuangsheng.screening.internal.BodyTemperatureValidator;
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
import org.shuangsheng.shared.validation.IsoDateTimeValidator;
import org.shuangsheng.shared.validation.IsoDateValidator;
import org.shuangsheng.shared.validation.Violations;
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
    private final Validator validator;

    ScreeningManagement(ScreeningRoundRepository rounds, ScreeningVisitRepository visits,
            ScreeningFindingRepository findings, ScreeningQueries queries, PopulationQueries population,
            RegionQueries regions, DataScopes scopes, AuditLog audit, ApplicationEventPublisher events, Clock clock,
            org.shuangsheng.screening.internal.RoundTallies tallies, Validator validator) {
        this.tallies = tallies;
        this.validator = validator;
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
        Violations violations = Violations.of(validator, round);
        LocalDate start = violations.refused("startDate") ? null : IsoDateValidator.parse(round.startDate());
        LocalDate end = violations.refused("endDate") ? null : IsoDateValidator.parse(round.endDate());
        if (start != null && end != null && end.isBefore(start)) {
            violations.add("endDate", "screening.round.endBeforeStart");
        } else if (start != null && end != null && start.plusDays(366).isBefore(end)) {
            violations.add("endDate", "screening.round.tooLong");
        }
        RegionView region = null;
        String code = TypedText.stripped(round.regionCode());
        if (code != null) {
            region = regions.find(code).filter(r -> !r.retired()).filter(r -> covered(r.path())).orElse(null);
            if (region == null) {
                // Outside the scope reads like a region that does not exist.
                violations.add("regionCode", "screening.round.region.unknown", code);
            }
        }
        violations.throwIfAny();
        ScreeningRound saved = rounds.save(new ScreeningRound(TypedText.stripped(round.name()), start, end,
                region.code(), region.path(), CurrentUser.scope().map(Scope::username).orElse("system"),
                clock.instant()));
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
            throw new InvalidInputException(null, "screening.round.closeOutsideScope");
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
        String key = TypedText.stripped(visit.requestKey());
        if (key != null) {
            var earlier = visits.findByVisitorIdAndRequestKey(visitor, key);
            if (earlier.isPresent()) {
                return earlier.get().getId();
            }
        }
        if (visit.householdId() == null) {
            throw new InvalidInputException("householdId", "screening.visit.household.required");
        }
        HouseholdResidents household = population.householdResidents(visit.householdId());
        List<NewFinding> asked = visit.findings() == null ? List.of() : visit.findings();
        // Beyond the most a visit may hold, findings are not read: one answer says there are too many.
        List<NewFinding> considered = asked.stream().limit(MAX_FINDINGS)
                .map(f -> f == null ? NewFinding.EMPTY : f).toList();
        Violations violations = Violations.of(validator, visit.withFindings(visit.findings() == null ? null : considered));
        if (round.isClosed()) {
            violations.add(null, "screening.round.closed");
        }
        if (!RegionPath.of(household.regionPath()).isWithin(RegionPath.of(round.getRegionPath()))) {
            violations.add("householdId", "screening.visit.household.outsideRound");
        }
        Instant visitedAt = violations.refused("visitedAt") ? clock.instant() : visitedAt(visit.visitedAt());
        if (!violations.refused("visitedAt")) {
            violations.addAll(whenVisited(visitedAt, round));
        }
        if (asked.size() > MAX_FINDINGS) {
            violations.add("findings", "screening.visit.findings.tooMany", MAX_FINDINGS);
        }
        Set<Long> members = new HashSet<>(household.residentIds());
        Set<Long> seen = new HashSet<>();
        boolean atTheDoor = !violations.refused("mode")
                && VisitMode.IN_PERSON.name().equalsIgnoreCase(TypedText.stripped(visit.mode()));
        for (int i = 0; i < considered.size(); i++) {
            violations.addAll(findingRules(considered.get(i), "findings[" + i + "].", members, seen, atTheDoor));
        }
        violations.throwIfAny();
        VisitMode mode = VisitMode.valueOf(TypedText.stripped(visit.mode()).toUpperCase(Locale.ROOT));
        String notes = TypedText.stripped(visit.notes());
        List<Checked> checked = considered.stream().map(ScreeningManagement::checked).toList();
        ScreeningVisit saved = visits.saveAndFlush(new ScreeningVisit(round.getId(), household.id(),
                household.gridCode(), household.regionPath(), visitor, visitedAt, mode, notes, key, clock.instant()));
        List<VisitRecorded.Finding> recorded = new ArrayList<>();
        for (Checked c : checked) {
            ScreeningFinding f = findings.save(new ScreeningFinding(saved, c.residentId(), c.present(),
                    c.absenceReason(), c.temperature(), c.symptoms(), c.travelledFrom(), c.arrivedOn(), c.transport(),
                    c.contactWithCase(), c.measures(), c.temperatureRefused(), c.refusalReason()));
            recorded.add(new VisitRecorded.Finding(f.getId(), c.residentId(), c.present(), c.temperature(),
                    c.symptoms(), c.travelledFrom(), c.arrivedOn(), c.contactWithCase(), c.temperatureRefused()));
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
        String key = TypedText.stripped(requestKey);
        return key == null ? java.util.Optional.empty() : CurrentUser.scope()
                .flatMap(s -> visits.findByVisitorIdAndRequestKey(s.userId(), key)).map(ScreeningVisit::getId);
    }

    private record Checked(long residentId, boolean present, String absenceReason, BigDecimal temperature,
            String symptoms, String travelledFrom, LocalDate arrivedOn, String transport, boolean contactWithCase,
            String measures, boolean temperatureRefused, String refusalReason) {
    }

    /** A finding whose constraints and rules have passed, as it is stored; a refusal only for someone present. */
    private static Checked checked(NewFinding f) {
        boolean present = Boolean.TRUE.equals(f.present());
        boolean refused = present && Boolean.TRUE.equals(f.temperatureRefused());
        return new Checked(f.residentId(), present, present ? null : TypedText.stripped(f.absenceReason()),
                BodyTemperatureValidator.parse(f.temperature()), TypedText.stripped(f.symptoms()),
                TypedText.stripped(f.travelledFrom()), IsoDateValidator.parse(f.arrivedOn()),
                TypedText.stripped(f.transport()), Boolean.TRUE.equals(f.contactWithCase()),
                TypedText.stripped(f.measures()), refused, refused ? TypedText.stripped(f.refusalReason()) : null);
    }

    /**
     * The rules of one finding that its constraints cannot say: the resident is a member of the
     * household and is recorded once, no temperature for someone absent, no arrival after today.
     * Someone seen at the door ({@code temperatureDue}) has a temperature or an explicit refusal
     * with its reason (拒绝测温), never neither and never both: otherwise the household would count
     * as screened with nobody's temperature taken.
     */
    private List<Violation> findingRules(NewFinding f, String prefix, Set<Long> members, Set<Long> seen,
            boolean temperatureDue) {
        List<Violation> found = new ArrayList<>();
        if (f.residentId() != null && !members.contains(f.residentId())) {
            found.add(new Violation(prefix + "residentId", "screening.finding.resident.notInHousehold"));
        } else if (f.residentId() != null && !seen.add(f.residentId())) {
            found.add(new Violation(prefix + "residentId", "screening.finding.resident.repeated"));
        }
        if (Boolean.FALSE.equals(f.present()) && BodyTemperatureValidator.parse(f.temperature()) != null) {
            found.add(new Violation(prefix + "temperature", "screening.finding.temperature.absent"));
        }
        boolean refused = Boolean.TRUE.equals(f.present()) && Boolean.TRUE.equals(f.temperatureRefused());
        boolean typed = TypedText.stripped(f.temperature()) != null;
        if (refused && BodyTemperatureValidator.parse(f.temperature()) != null) {
            found.add(new Violation(prefix + "temperature", "screening.finding.temperature.refusedButTaken"));
        } else if (temperatureDue && Boolean.TRUE.equals(f.present()) && !refused && !typed) {
            found.add(new Violation(prefix + "temperature", "screening.finding.temperature.required"));
        }
        if (refused && TypedText.stripped(f.refusalReason()) == null) {
            found.add(new Violation(prefix + "refusalReason", "screening.finding.refusalReason.required"));
        }
        LocalDate arrivedOn = IsoDateValidator.parse(f.arrivedOn());
        if (arrivedOn != null && arrivedOn.getYear() >= 2000 && arrivedOn.getYear() <= 2100
                && arrivedOn.isAfter(LocalDate.now(clock))) {
            found.add(new Violation(prefix + "arrivedOn", "screening.finding.arrivedOn.future"));
        }
        return found;
    }

    /** When the visit was, from what the visitor typed; now when nothing was. */
    private Instant visitedAt(String typed) {
        Instant at = IsoDateTimeValidator.parse(typed, clock.getZone());
        return at == null ? clock.instant() : at;
    }

    /** Not in the future (beyond a phone's clock running ahead) and within the round's days. */
    private List<Violation> whenVisited(Instant at, ScreeningRound round) {
        List<Violation> found = new ArrayList<>();
        if (at.isAfter(clock.instant().plus(CLOCK_SKEW))) {
            found.add(new Violation("visitedAt", "screening.visit.visitedAt.future"));
        }
        LocalDate day = at.atZone(clock.getZone()).toLocalDate();
        if (day.isBefore(round.getStartDate()) || day.isAfter(round.getEndDate())) {
            found.add(new Violation("visitedAt", "screening.visit.visitedAt.outsideRound",
                    round.getStartDate().toString(), round.getEndDate().toString()));
        }
        return found;
    }

    private boolean covered(String path) {
        return scopes.current() instanceof DataScope.Regions regions && regions.covers(path);
    }
}
