package org.shuangsheng.command.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.audit.AuditOutcome;
import org.shuangsheng.command.AlertFilter;
import org.shuangsheng.command.AlertSeverity;
import org.shuangsheng.command.AlertStatus;
import org.shuangsheng.command.AlertView;
import org.shuangsheng.command.internal.AlertDesk;
import org.shuangsheng.identity.CurrentUser;
import org.shuangsheng.identity.RegionDirectory;
import org.shuangsheng.identity.Scope;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.Paging;
import org.shuangsheng.shared.table.TableFormat;
import org.shuangsheng.shared.table.TableWriter;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 告警: the alerts modules raised within the caller's scope, filtered by status, kind, severity,
 * region and day, exported to Excel; one alert with its history; acknowledge and resolve, by
 * htmx in the row (the row comes back, with {@code HX-Trigger: alerts-changed}) or by a plain
 * form on the alert's page.
 */
@Controller
@RequestMapping("/alerts")
class AlertController {

    static final int PAGE_SIZE = 50;
    static final String CHANGED = "alerts-changed";

    private final AlertDesk desk;
    private final MessageSource messages;
    private final AuditLog audit;
    private final RegionDirectory regions;

    AlertController(AlertDesk desk, MessageSource messages, AuditLog audit, RegionDirectory regions) {
        this.regions = regions;
        this.desk = desk;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping
    String list(@RequestParam(required = false) AlertStatus status, @RequestParam(required = false) String kind,
            @RequestParam(required = false) AlertSeverity severity, @RequestParam(required = false) String region,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            HtmxRequest htmx, Model model) {
        AlertFilter filter = new AlertFilter(status, kind, severity, region, from, to);
        model.addAttribute("alerts", desk.listNamed(filter, PageRequest.of(Paging.page(page), PAGE_SIZE)));
        model.addAttribute("filter", filter);
        model.addAttribute("regionChoices", regions.choicesWithin(
                CurrentUser.scope().map(Scope::regionCodes).orElse(Set.of())));
        model.addAttribute("statuses", AlertStatus.values());
        model.addAttribute("severities", AlertSeverity.values());
        model.addAttribute("zone", desk.zone());
        return htmx.isHtmxRequest() ? "command/alerts :: results" : "command/alerts";
    }

    @GetMapping("/export")
    void export(@RequestParam(required = false) AlertStatus status, @RequestParam(required = false) String kind,
            @RequestParam(required = false) AlertSeverity severity, @RequestParam(required = false) String region,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to, Locale locale,
            HttpServletResponse response) throws IOException {
        AlertFilter filter = new AlertFilter(status, kind, severity, region, from, to);
        Page<AlertView> first = desk.listNamed(filter, PageRequest.of(0, 1000));
        TableFormat.XLSX.prepareDownload(response, "alerts");
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(desk.zone());
        long rows = 0;
        try (TableWriter writer = TableWriter.xlsx(response.getOutputStream())) {
            writer.sheet(text("alert.title", locale)).header(List.of("alert.field.id", "alert.field.raisedAt",
                    "alert.field.severity", "alert.field.status", "alert.field.kind", "alert.field.title",
                    "alert.field.region", "alert.field.regionCode", "alert.field.occurrences",
                    "alert.field.acknowledged", "alert.field.resolved", "alert.field.resolveNote").stream()
                    .map(key -> text(key, locale)).toList());
            Page<AlertView> page = first;
            while (true) {
                for (AlertView a : page) {
                    List<Object> row = new ArrayList<>();
                    row.add(a.id());
                    row.add(time.format(a.raisedAt()));
                    row.add(text("alert.severity." + a.severity(), locale));
                    row.add(text("alert.status." + a.status(), locale));
                    row.add(a.kind());
                    row.add(a.title());
                    row.add(a.regionName());
                    row.add(a.regionCode());
                    row.add(a.occurrences());
                    row.add(a.acknowledgedAt() == null ? "" : time.format(a.acknowledgedAt()) + " " + a.acknowledgedBy());
                    row.add(a.resolvedAt() == null ? "" : time.format(a.resolvedAt()) + " " + a.resolvedBy());
                    row.add(a.resolveNote() == null ? "" : a.resolveNote());
                    writer.row(row);
                    rows++;
                }
                if (!page.hasNext()) {
                    break;
                }
                page = desk.listNamed(filter, page.nextPageable());
            }
        }
        audit.record(AuditAction.EXPORT, "alert", null, AuditOutcome.SUCCESS, rows + " alerts");
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("alert", desk.getNamed(id));
        model.addAttribute("zone", desk.zone());
        return "command/alert";
    }

    @PostMapping("/{id}/acknowledge")
    String acknowledge(@PathVariable long id, @RequestParam(required = false) String note,
            HtmxRequest htmx, Model model,
            RedirectAttributes redirect, HtmxResponse htmxResponse) {
        return change(id, () -> desk.acknowledge(id, note), "alert.flash.acknowledged", htmx, model, redirect,
                htmxResponse);
    }

    @PostMapping("/{id}/resolve")
    String resolve(@PathVariable long id, @RequestParam(required = false) String note,
            HtmxRequest htmx, Model model,
            RedirectAttributes redirect, HtmxResponse htmxResponse) {
        return change(id, () -> desk.resolve(id, note), "alert.flash.resolved", htmx, model, redirect,
                htmxResponse);
    }

    private String change(long id, java.util.function.Supplier<AlertView> action, String done, HtmxRequest htmx,
            Model model, RedirectAttributes redirect, HtmxResponse htmxResponse) {
        AlertView alert;
        String problem = null;
        try {
            action.get();
            alert = desk.getNamed(id);
            htmxResponse.addTrigger(CHANGED);
        } catch (InvalidInputException e) {
            alert = desk.getNamed(id);
            InvalidInputException.Violation violation = e.violations().get(0);
            problem = messages.getMessage(violation.messageKey(), violation.args(),
                    org.springframework.context.i18n.LocaleContextHolder.getLocale());
        }
        if (htmx.isHtmxRequest()) {
            model.addAttribute("a", alert);
            model.addAttribute("problem", problem);
            model.addAttribute("zone", desk.zone());
            return "command/alert-row :: row";
        }
        if (problem != null) {
            redirect.addFlashAttribute("alertProblem", problem);
        } else {
            redirect.addFlashAttribute("flash", done);
            redirect.addFlashAttribute("flashArgs", new Object[] {alert.title()});
        }
        return "redirect:/alerts/" + id;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
