package org.shuangsheng.command.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.shuangsheng.command.internal.Dashboard;
import org.shuangsheng.shared.PastDay;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/dashboard")
@Tag(name = "dashboard", description = "指挥部看板 The commander's indicators")
class DashboardApiController {

    private final Dashboard dashboard;
    private final MessageSource messages;

    DashboardApiController(Dashboard dashboard, MessageSource messages) {
        this.dashboard = dashboard;
        this.messages = messages;
    }

    @GetMapping("/indicators")
    @Operation(summary = "Every module's indicators for a day (ISO date, default today) and a region in the caller's"
            + " scope (default the caller's top region), with a breakdown by child region; labels follow"
            + " Accept-Language")
    List<IndicatorView> indicators(@RequestParam(required = false) String date,
            @RequestParam(required = false) String regionCode, Locale locale) {
        LocalDate day = PastDay.parse(date, dashboard.today(), "dashboard.date").orElse(null);
        Dashboard.Figures figures = dashboard.figures(regionCode, day);
        return figures.indicators().stream().map(indicator -> IndicatorView.of(indicator, messages, locale)).toList();
    }
}
