package org.shuangsheng.command.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shuangsheng.command.Indicator;
import org.shuangsheng.command.IndicatorArea;
import org.shuangsheng.command.RegionTree.Node;
import org.springframework.context.MessageSource;

/**
 * What a daily briefing says, in Chinese, the way the district writes it: a title, a lead
 * sentence ("截至3月17日24时，全区累计…") and the figures per area with their breakdowns.
 */
record BriefingContent(Node region, LocalDate date, String title, String lead, Map<IndicatorArea, String> areaNames,
        List<Line> lines) {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    /** One indicator with its label and unit in words. */
    record Line(IndicatorArea area, String key, String label, BigDecimal value, String unit,
            List<Indicator.Breakdown> breakdown) {

        String figure() {
            return BriefingPdf.figure(value);
        }
    }

    static BriefingContent of(Dashboard.Figures figures, MessageSource messages) {
        Node region = figures.region();
        LocalDate date = figures.date();
        List<Line> lines = new ArrayList<>();
        for (Indicator indicator : figures.indicators()) {
            lines.add(new Line(indicator.area(), indicator.key(), text(messages, indicator.labelKey()),
                    indicator.value(), text(messages, indicator.unitKey()), indicator.breakdown()));
        }
        Map<IndicatorArea, String> areaNames = new LinkedHashMap<>();
        for (IndicatorArea area : IndicatorArea.values()) {
            areaNames.put(area, text(messages, "dashboard.area." + area));
        }
        String title = messages.getMessage("briefing.document.title", new Object[] {region.name()}, CHINESE);
        String whole = "DISTRICT".equals(region.level()) ? messages.getMessage("briefing.document.wholeDistrict", null, CHINESE)
                : region.name();
        String lead;
        if (lines.isEmpty()) {
            lead = messages.getMessage("briefing.document.leadEmpty",
                    new Object[] {date.getMonthValue(), date.getDayOfMonth(), whole}, CHINESE);
        } else {
            List<String> parts = lines.stream()
                    .map(line -> line.label() + line.figure() + (line.value() == null ? "" : line.unit())).toList();
            lead = messages.getMessage("briefing.document.lead",
                    new Object[] {date.getMonthValue(), date.getDayOfMonth(), whole, String.join("，", parts)}, CHINESE);
        }
        return new BriefingContent(region, date, title, lead, areaNames, List.copyOf(lines));
    }

    private static String text(MessageSource messages, String key) {
        return messages.getMessage(key, null, key, CHINESE);
    }

    /** The lines of one area, in the order the modules gave them. */
    List<Line> linesOf(IndicatorArea area) {
        return lines.stream().filter(line -> line.area() == area).toList();
    }
}
