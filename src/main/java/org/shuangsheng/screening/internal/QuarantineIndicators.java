package org.shuangsheng.screening.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
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
 * People in quarantine, releases due, overdue releases and the orders still waiting for an
 * official to confirm them (待确认), with how long the oldest has waited, on the dashboard and so
 * in the daily briefing, each broken down by child region. A proposal is not a quarantine: left
 * out of the people in quarantine, it would hide unless counted on its own. One aggregate query
 * grouped on the path segment below the region, whatever the number of orders; the waits are as
 * of the end of the day asked about, or now for today.
 */
@Component
class QuarantineIndicators implements IndicatorContribution {

    private static final String[] KEYS = {"inQuarantine", "endingToday", "overdue", "pending"};
    private static final String[] LISTS = {"ACTIVE", "ENDING_TODAY", "OVERDUE", "PROPOSED"};
    private static final int OLDEST = KEYS.length;
    private static final String OLDEST_KEY = "oldestPending";

    private final QuarantineRepository quarantines;
    private final RegionTree tree;
    private final Clock clock;

    QuarantineIndicators(QuarantineRepository quarantines, RegionTree tree, Clock clock) {
        this.quarantines = quarantines;
        this.tree = tree;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Indicator> indicators(IndicatorQuery query) {
        Instant endOfDay = query.date().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        Instant at = clock.instant().isBefore(endOfDay) ? clock.instant() : endOfDay;
        // Per segment: the counts of KEYS, then the hours the oldest waiting order has waited.
        long[] totals = new long[KEYS.length + 1];
        Map<String, long[]> bySegment = new HashMap<>();
        for (Object[] row : quarantines.figuresByChild(query.date(), at, query.regionPath(),
                query.descendantsPattern(), query.regionPath().length() + 2)) {
            long[] figures = new long[KEYS.length + 1];
            for (int i = 0; i < KEYS.length; i++) {
                figures[i] = row[i + 1] == null ? 0 : ((Number) row[i + 1]).longValue();
                totals[i] += figures[i];
            }
            Instant oldest = instant(row[KEYS.length + 1]);
            figures[OLDEST] = oldest == null ? 0 : Duration.between(oldest, at).toHours();
            totals[OLDEST] = Math.max(totals[OLDEST], figures[OLDEST]);
            bySegment.put(row[0] == null ? "" : (String) row[0], figures);
        }
        List<RegionTree.Node> children = tree.children(query.regionCode());
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < KEYS.length; i++) {
            indicators.add(new Indicator("quarantine." + KEYS[i], "quarantine.indicator." + KEYS[i],
                    IndicatorArea.PREVENTION, totals[i], "quarantine.indicator.unit", breakdown(children, bySegment, i),
                    "/quarantines?list=" + LISTS[i] + "&region=" + query.regionCode()));
        }
        indicators.add(new Indicator("quarantine." + OLDEST_KEY, "quarantine.indicator." + OLDEST_KEY,
                IndicatorArea.PREVENTION, totals[OLDEST], "quarantine.indicator.unit.hours",
                breakdown(children, bySegment, OLDEST), "/quarantines?list=PROPOSED&region=" + query.regionCode()));
        return indicators;
    }

    private static List<Indicator.Breakdown> breakdown(List<RegionTree.Node> children, Map<String, long[]> bySegment,
            int index) {
        return children.stream().map(child -> {
            long[] figures = bySegment.get(child.path().substring(child.path().lastIndexOf('/') + 1));
            return new Indicator.Breakdown(child.code(), child.name(),
                    BigDecimal.valueOf(figures == null ? 0 : figures[index]));
        }).toList();
    }

    /** A time from a native query: drivers answer a timestamp with time zone in different types. */
    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        } else if (value instanceof Instant instant) {
            return instant;
        } else if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        } else if (value instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        } else if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("Not a time: " + value.getClass());
    }
}
