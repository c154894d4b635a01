package org.shuangsheng.screening.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.audit.AuditOutcome;
import org.shuangsheng.identity.CurrentUser;
import org.shuangsheng.identity.RegionDirectory;
import org.shuangsheng.identity.Scope;
import org.shuangsheng.region.RegionQueries;
import org.shuangsheng.region.RegionView;
import org.shuangsheng.screening.Confirmation;
import org.shuangsheng.screening.Dismissal;
import org.shuangsheng.screening.NewCheckIn;
import org.shuangsheng.screening.QuarantineList;
import org.shuangsheng.screening.QuarantineManagement;
import org.shuangsheng.screening.QuarantineQueries;
import org.shuangsheng.screening.QuarantineRow;
import org.shuangsheng.screening.QuarantineType;
import org.shuangsheng.screening.Release;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.Paging;
import org.shuangsheng.shared.table.TableFormat;
import org.shuangsheng.shared.table.TableWriter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 隔离管控: the working lists (proposals, in quarantine, ending today, overdue, missed check-ins),
 * one order's page with its decisions and check-ins, and the Excel export of a list.
 */
@Controller
@RequestMapping("/quarantines")
class QuarantineController {

    static final int PAGE_SIZE = 50;
    static final int EXPORT_BATCH = 1000;

    private final QuarantineQueries queries;
    private final QuarantineManagement management;
    private final AuditLog audit;
    private final MessageSource messages;
    private final RegionQueries regions;
    private final RegionDirectory directory;

    QuarantineController(QuarantineQueries queries, QuarantineManagement management, AuditLog audit,
            MessageSource messages, RegionQueries regions, RegionDirectory directory) {
        this.regions = regions;
        this.directory = directory;
        this.queries = queries;
        this.management = management;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "ACTIVE") QuarantineList list,
            @RequestParam(required = false) String region, @RequestParam(defaultValue = "0") int page,
            HtmxRequest htmx, Model model,
            HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        Page<QuarantineRow> rows = queries.list(list, region, PageRequest.of(Paging.page(page), PAGE_SIZE));
        model.addAttribute("rows", rows);
        // The grid by its name, as the people who work it say it; the code where a grid has none.
        model.addAttribute("gridNames", regions.findAll(rows.map(QuarantineRow::gridCode).toSet()).stream()
                .collect(Collectors.toMap(RegionView::code, RegionView::name)));
        model.addAttribute("list", list);
        model.addAttribute("lists", QuarantineList.values());
        model.addAttribute("region", region);
        model.addAttribute("regionChoices", directory.choicesWithin(
                CurrentUser.scope().map(Scope::regionCodes).orElse(Set.of())));
        return htmx.isHtmxRequest() ? "screening/quarantine-list :: results" : "screening/quarantine-list";
    }

    @GetMapping("/export")
    void export(@RequestParam(defaultValue = "ACTIVE") QuarantineList list,
            @RequestParam(required = false) String region, HttpServletResponse response) throws IOException {
        TableFormat.XLSX.prepareDownload(response, "quarantines");
        long rows = 0;
        try (TableWriter writer = TableWriter.xlsx(response.getOutputStream())) {
            writer.sheet(message("quarantine.list." + list.name())).header(List.of(message("quarantine.field.id"),
                    message("quarantine.field.name"), message("quarantine.field.gridCode"),
                    message("quarantine.field.address"), message("quarantine.field.status"),
                    message("quarantine.field.type"), message("quarantine.field.place"),
                    message("quarantine.field.startDate"), message("quarantine.field.plannedEnd"),
                    message("quarantine.field.lastCheckIn")));
            Page<QuarantineRow> page;
            int number = 0;
            do {
                page = queries.list(list, region, PageRequest.of(number++, EXPORT_BATCH));
                for (QuarantineRow row : page) {
                    writer.row(Arrays.asList(row.id(), row.name(), row.gridCode(), row.address(),
                            message("quarantine.status." + row.status().name()),
                            message("quarantine.type." + row.type().name()), row.place(), row.startDate(),
                            row.plannedEnd(), row.lastCheckIn()));
                    rows++;
                }
            } while (page.hasNext());
        }
        audit.record(AuditAction.EXPORT, "quarantine", null, AuditOutcome.SUCCESS,
                list + " region=" + (region == null ? "" : region) + " rows=" + rows);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        model.addAttribute("q", queries.one(id));
        model.addAttribute("types", QuarantineType.values());
        model.addAttribute("can", ScreeningActions.ofCurrentUser());
        return "screening/quarantine-detail";
    }

    @PostMapping("/{id}/confirm")
    String confirm(@PathVariable long id, @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "") String place, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return act(id, "confirm", Map.of("type", type, "place", place), () -> management.confirm(id, new Confirmation(type, place)),
                "quarantine.flash.confirmed", model, redirect, response);
    }

    @PostMapping("/{id}/dismiss")
    String dismiss(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, "dismiss", Map.of("reason", reason), () -> management.dismiss(id, new Dismissal(reason)),
                "quarantine.flash.dismissed", model, redirect, response);
    }

    @PostMapping("/{id}/check-ins")
    String checkIn(@PathVariable long id, @RequestParam(defaultValue = "") String date,
            @RequestParam(defaultValue = "") String temperature, @RequestParam(defaultValue = "") String symptoms,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        return act(id, "checkIn", Map.of("date", date, "temperature", temperature, "symptoms", symptoms),
                () -> management.checkIn(id, new NewCheckIn(date, temperature, symptoms)), "quarantine.flash.checkedIn", model,
                redirect, response);
    }

    @PostMapping("/{id}/release")
    String release(@PathVariable long id, @RequestParam(defaultValue = "") String date,
            @RequestParam(defaultValue = "") String note, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        return act(id, "release", Map.of("date", date, "note", note), () -> management.release(id, new Release(date, note)),
                "quarantine.flash.released", model, redirect, response);
    }

    /** Runs a decision; on bad input the page comes back with the typed values and the messages. */
    private String act(long id, String form, Map<String, String> typed, Runnable action, String flash, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", flash);
            return "redirect:/quarantines/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("form", form);
            model.addAttribute("typed", typed);
            model.addAttribute("violations", e.violations());
            response.setStatus(422);
            return show(id, model, response);
        }
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
