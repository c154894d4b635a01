package org.shuangsheng.screening;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.audit.AuditOutcome;
import org.shuangsheng.identity.CurrentUser;
import org.shuangsheng.identity.DataScope;
import org.shuangsheng.identity.DataScopes;
import org.shuangsheng.identity.Scope;
import org.shuangsheng.population.HouseholdRow;
import org.shuangsheng.population.PopulationQueries;
import org.shuangsheng.population.RegionCount;
import org.shuangsheng.region.RegionFilter;
import org.shuangsheng.region.RegionLevel;
import org.shuangsheng.region.RegionQueries;
import org.shuangsheng.region.RegionView;
import org.shuangsheng.screening.internal.ScreeningFinding;
import org.shuangsheng.screening.internal.ScreeningFindingRepository;
import org.shuangsheng.screening.internal.ScreeningRound;
import org.shuangsheng.screening.internal.ScreeningRoundRepository;
import org.shuangsheng.screening.internal.ScreeningTallies;
import org.shuangsheng.screening.internal.ScreeningVisit;
import org.shuangsheng.screening.internal.ScreeningVisitRepository;
import org.shuangsheng.shared.NotFoundException;
import org.shuangsheng.shared.RegionPath;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rounds, coverage and visits as the caller's scope allows: a round is visible to whoever's
 * regions overlap its region (and to cadres, whose paired households may lie anywhere);
 * coverage and unvisited lists are given for a region inside both the round and the caller's
 * scope, anything else answers 404. Reading a household's findings is audited.
 */
@Service
@Transactional(readOnly = true)
public class ScreeningQueries {

    /** A temperature at or above 37.3 ℃ is a fever (发热). */
    public static final BigDecimal FEVER = new BigDecimal("37.3");

    private final ScreeningRoundRepository rounds;
    private final ScreeningVisitRepository visits;
    private final ScreeningFindingRepository findings;
    private final ScreeningTallies tallies;
    private final PopulationQueries population;
    private final RegionQueries regions;
    private final DataScopes scopes;
    private final AuditLog audit;
    private final Clock clock;

    ScreeningQueries(ScreeningRoundRepository rounds, ScreeningVisitRepository visits,
            ScreeningFindingRepository findings, ScreeningTallies tallies, PopulationQueries population,
            RegionQueries regions, DataScopes scopes, AuditLog audit, Clock clock) {
        this.rounds = rounds;
        this.visits = visits;
        this.findings = findings;
        this.tallies = tallies;
        this.population = population;
        this.regions = regions;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
    }

    /** The rounds the caller may see, latest first. Rounds are few: one a week at most. */
    public List<RoundView> rounds() {
        DataScope scope = scopes.current();
        return rounds.findAllByOrderByStartDateDescIdDesc().stream().filter(r -> visible(r, scope))
                .map(this::view).toList();
    }

    public RoundView round(long id) {
        return view(requireRound(id));
    }

    /**
     * Coverage of a round in a region and in each of its direct children: households total and
     * visited, residents total and seen. Counted in the database on both sides, population's
     * per child and screening's per child, so it stays fast for a whole city.
     */
    public Coverage coverage(long roundId, String regionCode) {
        ScreeningRound round = requireRound(roundId);
        RegionView region = regionOf(round, regionCode);
        Map<String, RegionCount> totals = new HashMap<>();
        for (RegionCount count : population.countsByChild(region.path())) {
            totals.put(count.region(), count);
        }
        Map<String, long[]> done = tallies.visitedAndSeenByChild(round.getId(), region.path());
        List<Coverage> children = new ArrayList<>();
        for (RegionView child : children(region.code())) {
            String segment = child.path().substring(region.path().length() + 1);
            children.add(coverage(child, totals.get(segment), done.get(segment), List.of()));
        }
        long[] sum = new long[4];
        totals.values().forEach(c -> {
            sum[0] += c.households();
            sum[2] += c.residents();
        });
        done.values().forEach(d -> {
            sum[1] += d[0];
            sum[3] += d[1];
        });
        return new Coverage(region.code(), region.name(), region.level().name(), sum[0], sum[1], sum[2], sum[3],
                children);
    }

    /**
     * Households of the region not yet visited in the round, grid by grid in path order, then by
     * address. Population and screening each count per grid, then only the grids the page falls
     * in are read, each with its own short list of visited ids.
     */
    public Page<HouseholdRow> unvisited(long roundId, String regionCode, int page, int size) {
        ScreeningRound round = requireRound(roundId);
        RegionView region = regionOf(round, regionCode);
        Map<String, Long> visited = tallies.visitedByGrid(round.getId(), region.path());
        long total = 0;
        long from = (long) page * size;
        List<HouseholdRow> rows = new ArrayList<>();
        for (RegionCount grid : population.countsByGrid(region.path())) {
            long open = Math.max(0, grid.households() - visited.getOrDefault(grid.region(), 0L));
            if (rows.size() < size && total + open > from) {
                int offset = (int) Math.max(0, from - total);
                List<Long> except = visited.containsKey(grid.region())
                        ? visits.visitedHouseholdsOfGrid(round.getId(), grid.region()) : List.of();
                rows.addAll(population.householdsOfGrid(grid.region(), except, offset, size - rows.size()));
            }
            total += open;
        }
        return new PageImpl<>(rows, PageRequest.of(page, size), total);
    }

    /**
     * The households of a grid visited in the round where a resident living there now has not
     * been seen, in address order; empty for a region above a grid, whose coverage gives the
     * counts. A grid holds a few hundred households, so its visited ids and seen residents are
     * short lists.
     */
    public List<HouseholdToRevisit> notAllSeen(long roundId, String regionCode) {
        ScreeningRound round = requireRound(roundId);
        RegionView region = regionOf(round, regionCode);
        if (region.level() != RegionLevel.GRID) {
            return List.of();
        }
        List<Long> visited = visits.visitedHouseholdsOfGrid(round.getId(), region.path());
        if (visited.isEmpty()) {
            return List.of();
        }
        Set<Long> seen = Set.copyOf(findings.seenInGrid(round.getId(), region.path()));
        Map<Long, Integer> unseen = new HashMap<>();
        population.residentIdsOfGrid(region.path(), visited).forEach((household, residents) -> {
            int count = (int) residents.stream().filter(resident -> !seen.contains(resident)).count();
            if (count > 0) {
                unseen.put(household, count);
            }
        });
        return population.householdsOfGridAmong(region.path(), unseen.keySet()).stream()
                .map(row -> new HouseholdToRevisit(row, unseen.get(row.id()))).toList();
    }

    /**
     * The households paired to the signed-in cadre (包保), a page at a time, each marked visited
     * or not in the round: a cadre's round page instead of a region's coverage.
     */
    public Page<HouseholdToVisit> pairedHouseholds(long roundId, int page, int size) {
        ScreeningRound round = requireRound(roundId);
        if (!(scopes.current() instanceof DataScope.Paired)) {
            throw new NotFoundException("paired households");
        }
        Page<HouseholdRow> rows = population.households(null, PageRequest.of(page, size));
        Set<Long> visited = rows.isEmpty() ? Set.of()
                : Set.copyOf(visits.visitedAmong(round.getId(), rows.map(HouseholdRow::id).getContent()));
        return rows.map(row -> new HouseholdToVisit(row, visited.contains(row.id())));
    }

    /** The region a coverage or list is asked for, defaulting to the largest the caller may see. */
    public RegionView regionOf(long roundId, String regionCode) {
        return regionOf(requireRound(roundId), regionCode);
    }

    /** The visits of a household in a round with their findings; an audited read of its residents. */
    public List<VisitView> visits(long roundId, long householdId) {
        ScreeningRound round = requireRound(roundId);
        population.householdResidents(householdId);
        List<ScreeningVisit> recorded = visits.findByRoundIdAndHouseholdIdOrderByVisitedAtAscIdAsc(round.getId(),
                householdId);
        Map<Long, List<VisitView.FindingView>> byVisit = new HashMap<>();
        if (!recorded.isEmpty()) {
            for (ScreeningFinding f : findings.findByVisitIdInOrderById(
                    recorded.stream().map(ScreeningVisit::getId).toList())) {
                byVisit.computeIfAbsent(f.getVisitId(), k -> new ArrayList<>()).add(new VisitView.FindingView(
                        f.getId(), f.getResidentId(), f.isPresent(), f.getAbsenceReason(), f.getTemperature(),
                        f.getSymptoms(), f.getTravelledFrom(), f.getArrivedOn(), f.getTransport(),
                        f.isContactWithCase(), f.getMeasures()));
            }
        }
        audit.record(AuditAction.READ_PERSON, "household", Long.toString(householdId), AuditOutcome.SUCCESS,
                "screening findings of round " + round.getId());
        return recorded.stream().map(v -> new VisitView(v.getId(), v.getHouseholdId(), v.getVisitedAt(), v.getMode(),
                v.getNotes(), byVisit.getOrDefault(v.getId(), List.of()))).toList();
    }

    /** Visits made and fevers found in the round on a day, within a region the caller may see. */
    public DayFigures day(long roundId, String regionCode, LocalDate date) {
        ScreeningRound round = requireRound(roundId);
        RegionView region = regionOf(round, regionCode);
        ZoneId zone = clock.getZone();
        var from = date.atStartOfDay(zone).toInstant();
        var to = date.plusDays(1).atStartOfDay(zone).toInstant();
        long made = tallies.visitsByChild(from, to, region.path(), round.getId()).values().stream()
                .mapToLong(Long::longValue).sum();
        long fevers = tallies.feversByChild(from, to, region.path(), FEVER, round.getId()).values().stream()
                .mapToLong(Long::longValue).sum();
        return new DayFigures(date, made, fevers);
    }

    /** The children of a region in tree order. */
    public List<RegionView> children(String regionCode) {
        return regions.search(RegionFilter.childrenOf(regionCode), PageRequest.of(0, 10_000)).getContent();
    }

    ScreeningRound requireRound(long id) {
        ScreeningRound round = rounds.findById(id).orElseThrow(() -> new NotFoundException("round"));
        if (!visible(round, scopes.current())) {
            throw new NotFoundException("round");
        }
        return round;
    }

    private RegionView regionOf(ScreeningRound round, String regionCode) {
        if (!(scopes.current() instanceof DataScope.Regions scope)) {
            throw new NotFoundException("region");
        }
        RegionPath roundPath = RegionPath.of(round.getRegionPath());
        if (regionCode == null || regionCode.isBlank()) {
            if (scope.covers(round.getRegionPath())) {
                return regions.find(round.getRegionCode()).orElseThrow(() -> new NotFoundException("region"));
            }
            // A grid worker of a district-wide round: its own grid (the first, if it has several).
            return regions.findAll(CurrentUser.scope().map(Scope::regionCodes).orElse(Set.of())).stream()
                    .filter(r -> scope.covers(r.path()) && RegionPath.of(r.path()).isWithin(roundPath))
                    .min(Comparator.comparing(RegionView::path))
                    .orElseThrow(() -> new NotFoundException("region"));
        }
        RegionView region = regions.find(regionCode.strip()).orElseThrow(() -> new NotFoundException("region"));
        if (!scope.covers(region.path()) || !RegionPath.of(region.path()).isWithin(roundPath)) {
            throw new NotFoundException("region");
        }
        return region;
    }

    static boolean visible(ScreeningRound round, DataScope scope) {
        if (scope instanceof DataScope.Regions regions) {
            RegionPath roundPath = RegionPath.of(round.getRegionPath());
            return regions.paths().stream().anyMatch(p -> roundPath.isWithin(RegionPath.of(p))
                    || RegionPath.of(p).isWithin(roundPath));
        }
        return scope instanceof DataScope.Paired;
    }

    private Coverage coverage(RegionView region, RegionCount total, long[] done, List<Coverage> children) {
        return new Coverage(region.code(), region.name(), region.level().name(),
                total == null ? 0 : total.households(), done == null ? 0 : done[0],
                total == null ? 0 : total.residents(), done == null ? 0 : done[1], children);
    }

    private RoundView view(ScreeningRound r) {
        String regionName = regions.find(r.getRegionCode()).map(RegionView::name).orElse(r.getRegionCode());
        return new RoundView(r.getId(), r.getName(), r.getStartDate(), r.getEndDate(), r.getRegionCode(), regionName,
                r.isClosed(), r.getCreatedBy());
    }
}
