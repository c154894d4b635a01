package org.shuangsheng.command.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shuangsheng.command.IndicatorArea;
import org.shuangsheng.command.internal.Dashboard;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.PastDay;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 指挥部看板: the figures every module contributes for a day and a region, grouped by area,
 * with a chart of each breakdown by child region and drill-down down to the grid. The cards
 * refresh themselves every minute (htmx asks for the {@code cards} fragment only). With
 * {@code wall=true} the same figures make the 数据大屏 instead, a page of its own.
 */
@Controller
class DashboardController {

    private final Dashboard dashboard;
    private final MessageSource messages;
    private final WallScreen wallScreen;

    DashboardController(Dashboard dashboard, MessageSource messages, WallScreen wallScreen) {
        this.dashboard = dashboard;
        this.messages = messages;
        this.wallScreen = wallScreen;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) String date, @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "false") boolean wall,
            HtmxRequest htmx, Locale locale, Model model) {
        LocalDate today = dashboard.today();
        LocalDate day;
        try {
            day = PastDay.parse(date, today, "dashboard.date").orElse(null);
        } catch (InvalidInputException e) {
            // A page shows today and says why, rather than an error page, to someone who typed a date.
            model.addAttribute("dateProblem", e.violations().get(0).messageKey());
            day = null;
        }
        Dashboard.Figures figures = dashboard.figures(region, day);
        Map<IndicatorArea, List<IndicatorView>> byArea = new LinkedHashMap<>();
        figures.indicators().forEach(indicator -> byArea.computeIfAbsent(indicator.area(), a -> new ArrayList<>())
                .add(IndicatorView.of(indicator, messages, locale)));
        model.addAttribute("figures", figures);
        model.addAttribute("groups", byArea.entrySet().stream().map(e -> new AreaGroup(e.getKey(), e.getValue())).toList());
        model.addAttribute("today", today);
        model.addAttribute("wall", wall);
        model.addAttribute("links", new DashboardLinks(day, wall));
        if (wall) {
            model.addAttribute("screen", wallScreen.of(figures, locale));
            return htmx.isHtmxRequest() ? "command/wall :: screen" : "command/wall";
        }
        model.addAttribute("frame", "layout/main");
        return htmx.isHtmxRequest() ? "command/dashboard :: cards" : "command/dashboard";
    }
}
