package org.shuangsheng.command.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.shuangsheng.command.Indicator;
import org.shuangsheng.command.IndicatorArea;
import org.springframework.context.MessageSource;

/** One indicator with its label and unit in the reader's language, as the page and the API show it. */
public record IndicatorView(String key, String label, BigDecimal value, String unit, IndicatorArea area, String link,
        List<Indicator.Breakdown> breakdown) {

    static IndicatorView of(Indicator indicator, MessageSource messages, Locale locale) {
        return new IndicatorView(indicator.key(),
                messages.getMessage(indicator.labelKey(), null, indicator.labelKey(), locale),
                indicator.value(),
                messages.getMessage(indicator.unitKey(), null, indicator.unitKey(), locale),
                indicator.area(), indicator.link(), indicator.breakdown());
    }

    /** Safe for an element id: {@code region.grids} becomes {@code region-grids}. */
    public String domId() {
        return key.replaceAll("[^A-Za-z0-9_-]", "-");
    }
}
