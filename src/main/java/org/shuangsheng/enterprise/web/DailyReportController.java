package org.shuangsheng.enterprise.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.audit.AuditOutcome;
import org.shuangsheng.enterprise.reporting.Completeness;
import org.shuangsheng.enterprise.reporting.DailyReportView;
import org.shuangsheng.enterprise.reporting.DailyReports;
import org.shuangsheng.enterprise.EnterpriseQueries;
import org.shuangsheng.enterprise.EnterpriseView;
import org.shuangsheng.enterprise.workers.ReturningWorkerCounts;
import org.shuangsheng.enterprise.workers.ReturningWorkers;
import org.shuangsheng.region.RegionQueries;
import org.shuangsheng.region.RegionView;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.table.TableFormat;
import org.shuangsheng.shared.table.TableWriter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The daily report form of an enterprise, and the task force's completeness view with its reminder. */
@Controller
class DailyReportController {

    private final DailyReports reports;
    private final EnterpriseQueries queries;
    private final RegionQueries regions;
    private final AuditLog audit;
    private final ReturningWorkers workers;
    private final MessageSource messages;

    DailyReportController(DailyReports reports, EnterpriseQueries queries, RegionQueries regions, AuditLog audit,
            ReturningWorkers workers, MessageSource messages) {
        this.reports = reports;
        this.queries = queries;
        this.regions = regions;
        this.audit = audit;
        this.workers = workers;
        this.messages = messages;
    }

    @GetMapping("/enterprises/{id}/daily-report")
    String form(@PathVariable long id, Model model) {
        EnterpriseView enterprise = queries.enterprise(id);
        DailyReportView today = reports.today(id).orElse(null);
        DailyReportForm form = today == null ? new DailyReportForm() : DailyReportForm.of(today);
        if (today == null) {
            form.setTemperatureChecked(true);
            // A new report starts from the ledger's figures; a filed one keeps what was reported.
            ReturningWorkerCounts counts = workers.counts(id);
            form.setReturnedToday((int) counts.returnedToday());
            form.setFromKeyAreas((int) counts.fromKeyAreas());
            form.setInQuarantine((int) counts.inQuarantine());
        }
        return showForm(form, enterprise, today, model);
    }

    @PostMapping("/enterprises/{id}/daily-report")
    String submit(@PathVariable long id, @ModelAttribute("form") DailyReportForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        EnterpriseView enterprise = queries.enterprise(id);
        if (!result.hasErrors()) {
            try {
                reports.submit(id, form.toNewDailyReport());
                redirect.addFlashAttribute("flash", "enterprise.flash.reported");
                return "redirect:/enterprises/" + id;
            } catch (InvalidInputException e) {
                e.rejectInto(result);
            }
        }
        return showForm(form, enterprise, reports.today(id).orElse(null), model);
    }

    @GetMapping("/enterprises/daily-reports")
    String completeness(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(defaultValue = "0") int page, Model model) {
        LocalDate today = reports.todayInDistrict();
        Completeness completeness = reports.completeness(date == null ? today : date, page, Completeness.PAGE_SIZE);
        model.addAttribute("completeness", completeness);
        java.util.Set<String> codes = new java.util.HashSet<>();
        completeness.missing().forEach(m -> codes.add(m.subdistrictCode()));
        completeness.bySubdistrict().forEach(s -> codes.add(s.key()));
        model.addAttribute("subdistrictNames", regions.findAll(codes).stream()
                .collect(java.util.stream.Collectors.toMap(RegionView::code, RegionView::name, (a, b) -> a)));
        model.addAttribute("missingPage", new PageImpl<>(completeness.missing(),
                PageRequest.of(completeness.page(), completeness.size()), completeness.missingCount()));
        model.addAttribute("today", today);
        return "enterprise/completeness";
    }

    /** Every enterprise missing the day's report, for the task force to phone: liaison phones masked. */
    @GetMapping("/enterprises/daily-reports/export")
    void exportMissing(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            HttpServletResponse response) throws IOException {
        LocalDate day = date == null ? reports.todayInDistrict() : date;
        TableFormat.XLSX.prepareDownload(response, "daily-report-missing-" + day);
        Map<String, String> subdistricts = new HashMap<>();
        long[] written = {0};
        try (TableWriter writer = TableWriter.xlsx(response.getOutputStream())) {
            var locale = LocaleContextHolder.getLocale();
            writer.sheet(messages.getMessage("enterprise.completeness.sheet", new Object[] {day.toString()}, locale))
                    .header(Stream.of("name", "subdistrictCode", "subdistrict", "liaisonName", "liaisonPhone")
                            .map(field -> messages.getMessage("enterprise.field." + field, null, locale)).toList());
            reports.forEachMissing(day, m -> {
                String subdistrict = subdistricts.computeIfAbsent(m.subdistrictCode(),
                        code -> regions.find(code).map(RegionView::name).orElse(""));
                writer.row(Arrays.asList(m.name(), m.subdistrictCode(), subdistrict, m.liaisonName(),
                        m.liaisonPhone()));
                written[0]++;
            });
        }
        audit.record(AuditAction.EXPORT, "enterprise-daily-report", day.toString(), AuditOutcome.SUCCESS,
                written[0] + " enterprises missing");
    }

    @PostMapping("/enterprises/daily-reports/remind")
    String remind(RedirectAttributes redirect) {
        int reminded = reports.remindMissing();
        redirect.addFlashAttribute("flash", "enterprise.flash.reminded");
        redirect.addFlashAttribute("flashArgs", new Object[] {reminded});
        return "redirect:/enterprises/daily-reports";
    }

    private String showForm(DailyReportForm form, EnterpriseView enterprise, DailyReportView today, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("todayReport", today);
        model.addAttribute("today", reports.todayInDistrict());
        model.addAttribute("suggested", workers.counts(enterprise.id()));
        return "enterprise/daily-report";
    }
}
