package org.shuangsheng.screening.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shuangsheng.command.Indicator;
import org.shuangsheng.command.IndicatorArea;
import org.shuangsheng.command.IndicatorContribution;
import org.shuangsheng.command.IndicatorQuery;
import org.shuangsheng.command.RegionTree;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * People in quarantine, releases due and overdue releases on the dashboard, for the day asked
 * about, each broken down by child region. One aggregate query grouped on the path segment below
 * the region, whatever the number of orders.
 */
@Component
class QuarantineIndicators implements IndicatorContribution {

    private static final String[] KEYS = {"inQuarantine", "endingToday", "overdue"};
    private static final String[] LISTS = {"ACTIVE", "ENDING_TODAY", "OVERDUE"};

    private final QuarantineRepository quarantines;
    private final RegionTree tree;

    QuarantineIndicators(QuarantineRepository quarantines, RegionTree tree) {
        this.quarantines = quarantines;
        this.tree = tree;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Indicator> indicators(IndicatorQuery query) {
        long[] totals = new long[KEYS.length];
        Map<String, long[]> bySegment = new HashMap<>();
        for (Object[] row : quarantines.figuresByChild(query.date(), query.regionPath(), query.descendantsPattern(),
                query.regionPath().length() + 2)) {
            long[] figures = new long[KEYS.length];
            for (int i = 0; i < KEYS.length; i++) {
                figures[i] = row[i + 1] == null ? 0 : ((Number) row[i + 1]).longValue();
                totals[i] += figures[i];
            }
            bySegment.put(row[0] == null ? "" : (String) row[0], figures);
        }
        List<RegionTree.Node> children = tree.children(query.regionCode());
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < KEYS.length; i++) {
            int index = i;
            List<Indicator.Breakdown> breakdown = children.stream().map(child -> {
                long[] figures = bySegment.get(child.path().substring(child.path().lastIndexOf('/') + 1));
                return new Indicator.Breakdown(child.code(), child.name(),
                        BigDecimal.valueOf(figures == null ? 0 : figures[index]));
            }).toList();
            indicators.add(new Indicator("quarantine." + KEYS[i], "quarantine.indicator." + KEYS[i],
                    IndicatorArea.PREVENTION, totals[i], "quarantine.indicator.unit", breakdown,
                    "/quarantines?list=" + LISTS[i] + "&region=" + query.regionCode()));
        }
        return indicators;
    }
}
