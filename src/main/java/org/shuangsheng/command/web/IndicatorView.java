package org.shuangsheng.command.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.shuangsheng.command.Indicator;
import org.shuangsheng.command.IndicatorArea;
import org.springframework.context.MessageSource;

/**
 * One indicator with its label and unit in the reader's language, as the page and the API show it;
 * without a figure (value null), {@code none} says why, for the "—" shown in its place.
 */
public record IndicatorView(String key, String label, BigDecimal value, String unit, IndicatorArea area, String link,
        List<Indicator.Breakdown> breakdown, String none) {

    static IndicatorView of(Indicator indicator, MessageSource messages, Locale locale) {
        // The reason is given only where a figure, the region's or a row's, is missing.
        String none = indicator.value() != null && indicator.breakdown().stream().allMatch(b -> b.value() != null)
                ? null : messages.getMessage(indicator.labelKey() + ".none", null,
                        messages.getMessage("dashboard.noFigure", null, locale), locale);
        return new IndicatorView(indicator.key(),
                messages.getMessage(indicator.labelKey(), null, indicator.labelKey(), locale),
                indicator.value(),
                messages.getMessage(indicator.unitKey(), null, indicator.unitKey(), locale),
                indicator.area(), indicator.link(), indicator.breakdown(), none);
    }

    /** Safe for an element id: {@code region.grids} becomes {@code region-grids}. */
    public String domId() {
        return key.replaceAll("[^A-Za-z0-9_-]", "-");
    }
}
