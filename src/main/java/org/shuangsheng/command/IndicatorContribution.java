package org.shuangsheng.command;

import java.util.List;

/**
 * How a module puts its figures on the commander's dashboard: it declares a bean of this type
 * and answers for a date and a region. The command module finds every such bean, so adding a
 * module never edits the dashboard.
 *
 * <p>An implementation computes its figures with aggregate queries (or counters it keeps) limited
 * to the region's path, never by loading rows: the dashboard must stay fast for a whole city.
 * It answers only for what lies at or under {@link IndicatorQuery#regionPath()}; the caller's
 * scope has already been checked.
 */
public interface IndicatorContribution {

    List<Indicator> indicators(IndicatorQuery query);
}
