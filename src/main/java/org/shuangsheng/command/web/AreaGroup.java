package org.shuangsheng.command.web;

import java.util.List;
import org.shuangsheng.command.IndicatorArea;

/** One area of the dashboard and its indicators, in the order the modules gave them. */
public record AreaGroup(IndicatorArea area, List<IndicatorView> indicators) {
}
