package org.shuangsheng.command;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One figure of the dashboard.
 *
 * @param key       stable identifier, prefixed by the module ({@code region.grids})
 * @param labelKey  message key of its label
 * @param area      the group of cards it belongs to
 * @param value     the figure for the whole region asked about, or {@code null} when there is no figure:
 *                  a rate of nothing (no enterprise to have resumed) is not 0 %; the page shows "—" and
 *                  the message {@code <labelKey>.none}, if there is one, says why
 * @param unitKey   message key of its unit ({@code 个}, {@code 人}, {@code 元})
 * @param breakdown the same figure for each child region, in tree order; empty when it has none
 * @param link      the contributing module's page for the region, or {@code null}
 */
public record Indicator(String key, String labelKey, IndicatorArea area, BigDecimal value, String unitKey,
        List<Breakdown> breakdown, String link) {

    public Indicator {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(labelKey, "labelKey");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(unitKey, "unitKey");
        breakdown = breakdown == null ? List.of() : List.copyOf(breakdown);
    }

    public Indicator(String key, String labelKey, IndicatorArea area, long value, String unitKey,
            List<Breakdown> breakdown, String link) {
        this(key, labelKey, area, BigDecimal.valueOf(value), unitKey, breakdown, link);
    }

    /** The figure for one child region of the region asked about; {@code null} when it has none. */
    public record Breakdown(String code, String name, BigDecimal value) {

        public Breakdown(String code, String name, long value) {
            this(code, name, BigDecimal.valueOf(value));
        }
    }
}
