package org.shuangsheng.region.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shuangsheng.command.Indicator;
import org.shuangsheng.command.IndicatorArea;
import org.shuangsheng.command.IndicatorContribution;
import org.shuangsheng.command.IndicatorQuery;
import org.shuangsheng.region.RegionLevel;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The structure of the region on the dashboard: how many active subdistricts, communities and
 * grids lie in it, each broken down by child region. Two aggregate queries, whatever the size
 * of the tree. The tree keeps no history, so every date shows today's structure.
 */
@Component
class RegionIndicators implements IndicatorContribution {

    /** The levels counted, with the name of their indicator. */
    private static final Map<RegionLevel, String> COUNTED = new EnumMap<>(Map.of(
            RegionLevel.SUBDISTRICT, "subdistricts", RegionLevel.COMMUNITY, "communities", RegionLevel.GRID, "grids"));

    private final RegionUnitRepository units;

    RegionIndicators(RegionUnitRepository units) {
        this.units = units;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Indicator> indicators(IndicatorQuery query) {
        Map<RegionLevel, Long> totals = new EnumMap<>(RegionLevel.class);
        for (Object[] row : units.countByLevelWithin(query.regionPath(), query.descendantsPattern())) {
            totals.put((RegionLevel) row[0], (Long) row[1]);
        }
        RegionLevel own = units.findByCode(query.regionCode()).map(RegionUnit::getLevel).orElse(null);
        if (own == null) {
            return List.of();
        }
        // child path segment -> level -> count in the child's subtree
        Map<String, Map<RegionLevel, Long>> perChild = new HashMap<>();
        for (Object[] row : units.countByLevelPerChild(query.descendantsPattern(), query.regionPath().length() + 2)) {
            perChild.computeIfAbsent((String) row[0], c -> new EnumMap<>(RegionLevel.class))
                    .put(RegionLevel.valueOf((String) row[1]), ((Number) row[2]).longValue());
        }
        List<RegionUnit> children = units.findByParentCodeAndRetiredFalseOrderByPath(query.regionCode());
        List<Indicator> indicators = new ArrayList<>();
        for (Map.Entry<RegionLevel, String> counted : COUNTED.entrySet()) {
            RegionLevel level = counted.getKey();
            if (level.ordinal() <= own.ordinal()) {
                continue;
            }
            // A breakdown of children by their own level counts 1 each and says nothing, except for
            // grids: their rows are how the commander drills down from a community to a grid.
            boolean informative = level.ordinal() > own.ordinal() + 1 || level == RegionLevel.GRID;
            List<Indicator.Breakdown> breakdown = !informative ? List.of()
                    : children.stream().map(child -> new Indicator.Breakdown(child.getCode(), child.getName(),
                            perChild.getOrDefault(segment(query, child), Map.of()).getOrDefault(level, 0L)
                                    .longValue())).toList();
            indicators.add(new Indicator("region." + counted.getValue(), "region.indicator." + counted.getValue(),
                    IndicatorArea.STRUCTURE, totals.getOrDefault(level, 0L), "region.indicator.unit." + counted.getValue(),
                    breakdown, "/regions?parent=" + query.regionCode()));
        }
        return indicators;
    }

    /** A child's own segment of its path; every child path extends the region's own. */
    private static String segment(IndicatorQuery query, RegionUnit child) {
        return child.getPath().substring(query.regionPath().length() + 1);
    }
}
