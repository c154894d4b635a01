package org.shuangsheng.command.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.shuangsheng.command.AlertFilter;
import org.shuangsheng.command.AlertSeverity;
import org.shuangsheng.command.Indicator;
import org.shuangsheng.command.IndicatorArea;
import org.shuangsheng.command.internal.AlertDesk;
import org.shuangsheng.command.internal.Dashboard;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * 数据大屏: what one 1920×1080 wall screen shows of a region the caller may see, all from the
 * indicators the modules contribute and the alerts in the caller's scope. No module stores a
 * daily series, so the 14-day trends ask the same indicators again for each past day; the
 * figures that depend on the day (visits, fevers, staff on site, report rate) move, the ones
 * that count what is true now do not, and those are left out of the trends.
 */
@Component
class WallScreen {

    static final int TREND_DAYS = 14;
    static final int ALERTS = 20;
    // Indicator keys as the modules contribute them (module prefix + name), not message keys.
    private static final String SCREENING = "screening.";
    private static final String ENTERPRISE = "enterprise.";
    static final String COVERAGE = SCREENING + "coverageRate";
    static final String RESUMPTION = ENTERPRISE + "resumptionRate";
    /** Trends of day-dependent figures: prevention, then recovery; the second of each pair on a right axis. */
    static final List<List<String>> TRENDS = List.of(
            List.of(SCREENING + "visitsToday", SCREENING + "feversToday"),
            List.of(ENTERPRISE + "staffOnSite", ENTERPRISE + "dailyReportRate"));

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

    /** One child region: its visit coverage and resumption rate, null where the module has no figure. */
    record Tile(String code, String name, BigDecimal coverage, BigDecimal resumption) {

        /** The lower of the two rates: a subdistrict lags when either lags. */
        Optional<BigDecimal> lowest() {
            if (coverage == null) {
                return Optional.ofNullable(resumption);
            }
            return Optional.of(resumption == null ? coverage : coverage.min(resumption));
        }

        /** 0 (far behind) to 4 (all but done), the colour of the tile; -1 without figures. */
        public int level() {
            return lowest().map(rate -> {
                double r = rate.doubleValue();
                return r >= 95 ? 4 : r >= 85 ? 3 : r >= 70 ? 2 : r >= 50 ? 1 : 0;
            }).orElse(-1);
        }
    }

    /** One line of a trend chart. */
    record Series(String label, String unit, int axis, String values) {
    }

    /** One chart of trends: a label for each day and its lines. */
    record Trend(String area, String days, List<Series> series) {
    }

    /** One of the newest alerts, as the screen shows it. */
    record Alert(String title, String regionName, AlertSeverity severity, String raised, String link) {
    }

    record View(int trendDays, List<IndicatorView> prevention, List<IndicatorView> recovery, List<Tile> tiles,
            List<Tile> lagging, List<Trend> trends, List<Alert> alerts) {
    }

    private final Dashboard dashboard;
    private final AlertDesk alerts;
    private final MessageSource messages;

    WallScreen(Dashboard dashboard, AlertDesk alerts, MessageSource messages) {
        this.dashboard = dashboard;
        this.alerts = alerts;
        this.messages = messages;
    }

    View of(Dashboard.Figures figures, Locale locale) {
        List<IndicatorView> views = figures.indicators().stream()
                .map(indicator -> IndicatorView.of(indicator, messages, locale)).toList();
        Map<String, Indicator> byKey = figures.indicators().stream()
                .collect(Collectors.toMap(Indicator::key, i -> i, (a, b) -> a));
        List<Tile> tiles = tiles(figures, byKey);
        List<Tile> lagging = tiles.stream().filter(t -> t.lowest().isPresent())
                .sorted(Comparator.comparing((Tile t) -> t.lowest().get()).thenComparing(Tile::code)).toList();
        return new View(TREND_DAYS,
                views.stream().filter(v -> v.area() == IndicatorArea.PREVENTION).toList(),
                views.stream().filter(v -> v.area() == IndicatorArea.ENTERPRISES).toList(),
                tiles, lagging, trends(figures, locale), alerts(figures));
    }

    private List<Tile> tiles(Dashboard.Figures figures, Map<String, Indicator> byKey) {
        Map<String, BigDecimal> coverage = rates(byKey.get(COVERAGE));
        Map<String, BigDecimal> resumption = rates(byKey.get(RESUMPTION));
        // The children in tree order, as the region indicators list them.
        return figures.indicators().stream().flatMap(i -> i.breakdown().stream())
                .collect(Collectors.toMap(Indicator.Breakdown::code, Indicator.Breakdown::name, (a, b) -> a,
                        java.util.LinkedHashMap::new))
                .entrySet().stream()
                .map(e -> new Tile(e.getKey(), e.getValue(), coverage.get(e.getKey()), resumption.get(e.getKey())))
                .toList();
    }

    private static Map<String, BigDecimal> rates(Indicator indicator) {
        Map<String, BigDecimal> rates = new HashMap<>();
        if (indicator != null) {
            indicator.breakdown().forEach(row -> rates.put(row.code(), row.value()));
        }
        return rates;
    }

    private List<Trend> trends(Dashboard.Figures figures, Locale locale) {
        List<LocalDate> days = new ArrayList<>();
        Map<String, List<BigDecimal>> values = new HashMap<>();
        Map<String, Indicator> latest = new HashMap<>();
        for (int back = TREND_DAYS - 1; back >= 0; back--) {
            LocalDate day = figures.date().minusDays(back);
            days.add(day);
            List<Indicator> indicators = back == 0 ? figures.indicators()
                    : dashboard.figuresOf(figures.region(), day).indicators();
            // A day without a figure (a rate of nothing) stays null: a gap in the line, not a 0.
            Map<String, BigDecimal> ofDay = new HashMap<>();
            indicators.forEach(i -> ofDay.putIfAbsent(i.key(), i.value()));
            indicators.forEach(i -> latest.put(i.key(), i));
            TRENDS.stream().flatMap(List::stream).forEach(key -> values.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(ofDay.getOrDefault(key, BigDecimal.ZERO)));
        }
        String dayLabels = days.stream().map(DAY::format).collect(Collectors.joining(","));
        List<Trend> trends = new ArrayList<>();
        for (List<String> keys : TRENDS) {
            List<Series> series = new ArrayList<>();
            for (int axis = 0; axis < keys.size(); axis++) {
                Indicator indicator = latest.get(keys.get(axis));
                if (indicator == null) {
                    continue; // the module is not there, or has no figure for this region
                }
                series.add(new Series(messages.getMessage(indicator.labelKey(), null, indicator.labelKey(), locale),
                        messages.getMessage(indicator.unitKey(), null, indicator.unitKey(), locale), axis,
                        values.get(keys.get(axis)).stream().map(v -> v == null ? "-" : v.toPlainString())
                                .collect(Collectors.joining(","))));
            }
            String area = keys.get(0).startsWith(SCREENING) ? IndicatorArea.PREVENTION.name()
                    : IndicatorArea.ENTERPRISES.name();
            trends.add(new Trend(area, dayLabels, series));
        }
        return trends;
    }

    private List<Alert> alerts(Dashboard.Figures figures) {
        AlertFilter within = new AlertFilter(null, null, null, figures.region().code(), null, null);
        return alerts.listNamed(within, PageRequest.of(0, ALERTS)).stream()
                .map(a -> new Alert(a.title(), a.regionName(), a.severity(),
                        TIME.format((a.lastRaisedAt() == null ? a.raisedAt() : a.lastRaisedAt()).atZone(alerts.zone())), "/alerts/" + a.id()))
                .toList();
    }
}
