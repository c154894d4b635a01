package org.shuangsheng.screening.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.shuangsheng.command.Indicator;
import org.shuangsheng.command.IndicatorArea;
import org.shuangsheng.command.IndicatorContribution;
import org.shuangsheng.command.IndicatorQuery;
import org.shuangsheng.population.PopulationQueries;
import org.shuangsheng.population.RegionCount;
import org.shuangsheng.region.RegionFilter;
import org.shuangsheng.region.RegionQueries;
import org.shuangsheng.region.RegionView;
import org.shuangsheng.screening.ScreeningQueries;
import org.shuangsheng.shared.RegionPath;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screening on the dashboard: coverage of the current round (the latest open one over the
 * region), visits made and fevers found on the day, each broken down by child region. Every
 * figure is an aggregate query on screening's tables or population's counts, never rows.
 */
@Component
class ScreeningIndicators implements IndicatorContribution {

    /** Indicator keys are screening's, apart from message keys. */
    static final String KEY = "screening.";

    private final ScreeningRoundRepository rounds;
    private final ScreeningTallies tallies;
    private final PopulationQueries population;
    private final RegionQueries regions;
    private final ZoneId zone;

    ScreeningIndicators(ScreeningRoundRepository rounds, ScreeningTallies tallies, PopulationQueries population,
            RegionQueries regions, @Value("${shuangsheng.zone:Asia/Shanghai}") ZoneId zone) {
        this.rounds = rounds;
        this.tallies = tallies;
        this.population = population;
        this.regions = regions;
        this.zone = zone;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Indicator> indicators(IndicatorQuery query) {
        String path = query.regionPath();
        List<RegionView> children = regions.search(RegionFilter.childrenOf(query.regionCode()), PageRequest.of(0, 10_000))
                .getContent();
        List<Indicator> indicators = new ArrayList<>();
        Optional<ScreeningRound> round = currentRound(query);
        String link = round.map(r -> "/screening-rounds/" + r.getId() + "?region=" + query.regionCode())
                .orElse("/screening-rounds");
        if (round.isPresent()) {
            Map<String, long[]> done = tallies.visitedAndSeenByChild(round.get().getId(), path);
            Map<String, Long> households = new HashMap<>();
            for (RegionCount count : population.countsByChild(path)) {
                households.put(count.region(), count.households());
            }
            Function<String, Long> visited = child -> done.containsKey(child) ? done.get(child)[0] : 0L;
            long totalVisited = done.values().stream().mapToLong(d -> d[0]).sum();
            long totalHouseholds = households.values().stream().mapToLong(Long::longValue).sum();
            indicators.add(new Indicator(KEY + "visitedHouseholds", "screening.indicator.visitedHouseholds",
                    IndicatorArea.PREVENTION, totalVisited, "screening.indicator.unit.households",
                    breakdown(path, children, child -> BigDecimal.valueOf(visited.apply(child))), link));
            indicators.add(new Indicator(KEY + "coverageRate", "screening.indicator.coverageRate",
                    IndicatorArea.PREVENTION, percent(totalVisited, totalHouseholds), "screening.indicator.unit.percent",
                    breakdown(path, children, child -> percent(visited.apply(child), households.getOrDefault(child, 0L))),
                    link));
        }
        Instant from = query.date().atStartOfDay(zone).toInstant();
        Instant to = query.date().plusDays(1).atStartOfDay(zone).toInstant();
        Map<String, Long> made = tallies.visitsByChild(from, to, path, null);
        Map<String, Long> fevers = tallies.feversByChild(from, to, path, ScreeningQueries.FEVER, null);
        indicators.add(new Indicator(KEY + "visitsToday", "screening.indicator.visitsToday",
                IndicatorArea.PREVENTION, sum(made), "screening.indicator.unit.visits",
                breakdown(path, children, child -> BigDecimal.valueOf(made.getOrDefault(child, 0L))), link));
        indicators.add(new Indicator(KEY + "feversToday", "screening.indicator.feversToday",
                IndicatorArea.PREVENTION, sum(fevers), "screening.indicator.unit.people",
                breakdown(path, children, child -> BigDecimal.valueOf(fevers.getOrDefault(child, 0L))), link));
        return indicators;
    }

    /** The latest round open on the day whose region holds the region asked about or lies inside it. */
    private Optional<ScreeningRound> currentRound(IndicatorQuery query) {
        RegionPath region = RegionPath.of(query.regionPath());
        return rounds.findAllByOrderByStartDateDescIdDesc().stream()
                .filter(r -> !r.isClosed() && !r.getStartDate().isAfter(query.date())
                        && !r.getEndDate().isBefore(query.date()))
                .filter(r -> region.isWithin(RegionPath.of(r.getRegionPath()))
                        || RegionPath.of(r.getRegionPath()).isWithin(region))
                .findFirst();
    }

    private static List<Indicator.Breakdown> breakdown(String path, List<RegionView> children,
            Function<String, BigDecimal> value) {
        return children.stream().map(child -> new Indicator.Breakdown(child.code(), child.name(),
                value.apply(child.path().substring(path.length() + 1)))).toList();
    }

    private static BigDecimal percent(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
