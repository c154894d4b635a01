package org.shuangsheng.enterprise.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.audit.AuditOutcome;
import org.shuangsheng.enterprise.reporting.DailyReports;
import org.shuangsheng.enterprise.EnterpriseFilter;
import org.shuangsheng.enterprise.registration.EnterpriseManagement;
import org.shuangsheng.enterprise.EnterpriseQueries;
import org.shuangsheng.enterprise.EnterpriseRow;
import org.shuangsheng.enterprise.EnterpriseSize;
import org.shuangsheng.enterprise.EnterpriseStatus;
import org.shuangsheng.enterprise.EnterpriseView;
import org.shuangsheng.enterprise.FilingState;
import org.shuangsheng.enterprise.FilingView;
import org.shuangsheng.enterprise.reporting.FiveDayReviews;
import org.shuangsheng.enterprise.Industry;
import org.shuangsheng.identity.AccountManagement;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.Paging;
import org.shuangsheng.shared.table.TableFormat;
import org.shuangsheng.shared.table.TableWriter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Enterprises of the caller's scope: list with filters and export, register and edit, the
 * enterprise's page with its filing, the filing form, the post-check list and the timetable.
 */
@Controller
@RequestMapping("/enterprises")
class EnterpriseController {

    static final int PAGE_SIZE = 50;

    private final EnterpriseQueries queries;
    private final EnterpriseManagement management;
    private final DailyReports reports;
    private final FiveDayReviews reviews;
    private final AuditLog audit;
    private final ZoneId zone;

    EnterpriseController(EnterpriseQueries queries, EnterpriseManagement management, DailyReports reports,
            FiveDayReviews reviews, AuditLog audit, Clock clock) {
        this.audit = audit;
        this.reviews = reviews;
        this.queries = queries;
        this.management = management;
        this.reports = reports;
        this.zone = clock.getZone();
    }

    @GetMapping
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String subdistrict,
            @RequestParam(required = false) String industry, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            HtmxRequest htmx, Model model) {
        EnterpriseFilter filter = filter(status, subdistrict, industry, q);
        model.addAttribute("enterprises", queries.enterprises(filter, PageRequest.of(Paging.page(page), PAGE_SIZE)));
        addFilter(filter, model);
        model.addAttribute("can", EnterpriseActions.ofCurrentUser());
        return htmx.isHtmxRequest() ? "enterprise/list :: results" : "enterprise/list";
    }

    @GetMapping("/timetable")
    String timetable(@RequestParam(required = false) String status,
            @RequestParam(required = false) String subdistrict, @RequestParam(required = false) String industry,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            HtmxRequest htmx, Model model) {
        EnterpriseFilter filter = filter(status, subdistrict, industry, q);
        model.addAttribute("enterprises", queries.timetable(filter, PageRequest.of(Paging.page(page), PAGE_SIZE)));
        addFilter(filter, model);
        return htmx.isHtmxRequest() ? "enterprise/timetable :: results" : "enterprise/timetable";
    }

    @GetMapping("/post-check")
    String postCheck(@RequestParam(defaultValue = "SUBMITTED") String state,
            @RequestParam(defaultValue = "0") int page, Model model) {
        FilingState shown = state.equals(FilingState.RETURNED.name()) ? FilingState.RETURNED : FilingState.SUBMITTED;
        model.addAttribute("state", shown);
        model.addAttribute("zone", zone);
        model.addAttribute("filings", queries.postCheck(shown, PageRequest.of(Paging.page(page), PAGE_SIZE)));
        return "enterprise/post-check";
    }

    @GetMapping("/export")
    void export(@RequestParam(required = false) String status, @RequestParam(required = false) String subdistrict,
            @RequestParam(required = false) String industry, @RequestParam(required = false) String q,
            HttpServletResponse response) throws IOException {
        TableFormat.XLSX.prepareDownload(response, "enterprises");
        EnterpriseFilter filter = filter(status, subdistrict, industry, q);
        try (TableWriter writer = TableWriter.xlsx(response.getOutputStream())) {
            writer.sheet("企业").header(List.of("编号", "企业名称", "统一社会信用代码", "行业门类", "企业规模",
                    "街道/乡镇编码", "联络员", "联络员电话", "省百大项目", "状态", "计划复工日期", "实际复工日期"));
            Page<EnterpriseRow> rows;
            int number = 0;
            long written = 0;
            do {
                rows = queries.enterprises(filter, PageRequest.of(number++, 1000));
                written += rows.getNumberOfElements();
                for (EnterpriseRow row : rows) {
                    writer.row(Arrays.asList(row.id(), row.name(), row.uscc(), row.industry().chineseName(),
                            row.size().chineseName(), row.subdistrictCode(), row.liaisonName(), row.liaisonPhone(),
                            row.majorProject() ? "是" : "否", statusWord(row.status()), row.plannedResumptionDate(),
                            row.resumedOn()));
                }
            } while (rows.hasNext());
            audit.record(AuditAction.EXPORT, "enterprise", null, AuditOutcome.SUCCESS, written + " enterprises");
        }
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return showForm(new EnterpriseForm(), null, model);
    }

    @PostMapping
    String register(@ModelAttribute("form") EnterpriseForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return showForm(form, null, model);
        }
        try {
            long id = management.register(form.toNewEnterprise());
            redirect.addFlashAttribute("flash", "enterprise.flash.registered");
            redirect.addFlashAttribute("flashArgs", new Object[] {form.getName().strip()});
            return "redirect:/enterprises/" + id;
        } catch (InvalidInputException e) {
            e.rejectInto(result);
            return showForm(form, null, model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        EnterpriseView enterprise = queries.enterprise(id);
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("filing", queries.filing(id).orElse(null));
        model.addAttribute("pairings", queries.pairings(id));
        model.addAttribute("recentReports", reports.recent(id));
        model.addAttribute("reviews", reviews.recent(id));
        model.addAttribute("zone", zone);
        model.addAttribute("can", EnterpriseActions.ofCurrentUser());
        return "enterprise/detail";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        EnterpriseView enterprise = queries.enterprise(id);
        return showForm(EnterpriseForm.of(enterprise), enterprise, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") EnterpriseForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        EnterpriseView enterprise = queries.enterprise(id);
        if (result.hasErrors()) {
            return showForm(form, enterprise, model);
        }
        try {
            management.update(id, form.toNewEnterprise());
            redirect.addFlashAttribute("flash", "enterprise.flash.updated");
            redirect.addFlashAttribute("flashArgs", new Object[] {form.getName().strip()});
            return "redirect:/enterprises/" + id;
        } catch (InvalidInputException e) {
            e.rejectInto(result);
            return showForm(form, enterprise, model);
        }
    }

    @PostMapping("/{id}/status")
    String changeStatus(@PathVariable long id, @RequestParam(defaultValue = "") String status,
            RedirectAttributes redirect) {
        EnterpriseStatus to = Arrays.stream(EnterpriseStatus.values()).filter(s -> s.name().equals(status))
                .findFirst().orElse(null);
        try {
            management.changeStatus(id, to);
            redirect.addFlashAttribute("flash", "enterprise.flash.status");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.violations().get(0).messageKey());
        }
        return "redirect:/enterprises/" + id;
    }

    @GetMapping("/{id}/filing")
    String filingForm(@PathVariable long id, Model model) {
        EnterpriseView enterprise = queries.enterprise(id);
        FilingView filing = queries.filing(id).orElse(null);
        FilingForm form = filing == null ? new FilingForm() : FilingForm.of(filing);
        if (filing == null) {
            form.setCommitmentText(EnterpriseManagement.STANDARD_COMMITMENT);
        }
        return showFilingForm(form, enterprise, filing, model);
    }

    @PostMapping("/{id}/filing")
    String file(@PathVariable long id, @ModelAttribute("form") FilingForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        EnterpriseView enterprise = queries.enterprise(id);
        if (result.hasErrors()) {
            return showFilingForm(form, enterprise, queries.filing(id).orElse(null), model);
        }
        try {
            management.fileForResumption(id, form.toNewFiling());
            redirect.addFlashAttribute("flash", "enterprise.flash.filed");
            redirect.addFlashAttribute("flashArgs", new Object[] {enterprise.name()});
            return "redirect:/enterprises/" + id;
        } catch (InvalidInputException e) {
            e.rejectInto(result);
            return showFilingForm(form, enterprise, queries.filing(id).orElse(null), model);
        }
    }

    @PostMapping("/{id}/filing/return")
    String returnFiling(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Model model,
            RedirectAttributes redirect) {
        try {
            management.returnFiling(id, reason);
            redirect.addFlashAttribute("flash", "enterprise.flash.returned");
            return "redirect:/enterprises/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("returnErrors", e.violations());
            model.addAttribute("returnReason", reason);
            return show(id, model);
        }
    }

    @PostMapping("/{id}/filing/check")
    String checkFiling(@PathVariable long id, RedirectAttributes redirect) {
        try {
            management.checkFiling(id);
            redirect.addFlashAttribute("flash", "enterprise.flash.checked");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.violations().get(0).messageKey());
        }
        return "redirect:/enterprises/" + id;
    }

    @PostMapping("/{id}/pairings")
    String pair(@PathVariable long id, @RequestParam(defaultValue = "") String cadre, Model model,
            RedirectAttributes redirect) {
        try {
            String username = management.pair(id, cadre);
            redirect.addFlashAttribute("flash", "enterprise.flash.paired");
            redirect.addFlashAttribute("flashArgs", new Object[] {username});
            return "redirect:/enterprises/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("pairingErrors", e.violations());
            return show(id, model);
        }
    }

    @PostMapping("/{id}/pairings/{pairingId}/remove")
    String unpair(@PathVariable long id, @PathVariable long pairingId, RedirectAttributes redirect) {
        String cadre = management.unpair(id, pairingId);
        redirect.addFlashAttribute("flash", "enterprise.flash.unpaired");
        redirect.addFlashAttribute("flashArgs", new Object[] {cadre});
        return "redirect:/enterprises/" + id;
    }

    /** The liaison's account, created here; its temporary password is shown on this answer only. */
    @PostMapping("/{id}/liaison-account")
    String liaisonAccount(@PathVariable long id, @RequestParam(defaultValue = "") String username, Model model) {
        try {
            AccountManagement.Issued issued = management.issueLiaisonAccount(id, username);
            model.addAttribute("issued", issued);
        } catch (InvalidInputException e) {
            model.addAttribute("accountErrors", e.violations());
            model.addAttribute("accountUsername", username);
        }
        return show(id, model);
    }

    private String showForm(EnterpriseForm form, EnterpriseView editing, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("industries", Industry.values());
        model.addAttribute("sizes", EnterpriseSize.values());
        return "enterprise/form";
    }

    private String showFilingForm(FilingForm form, EnterpriseView enterprise, FilingView filing, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("filing", filing);
        return "enterprise/filing";
    }

    private static EnterpriseFilter filter(String status, String subdistrict, String industry, String q) {
        EnterpriseStatus s = Arrays.stream(EnterpriseStatus.values()).filter(v -> v.name().equals(status))
                .findFirst().orElse(null);
        Industry i = industry == null || industry.length() != 1 ? null : Industry.of(industry);
        return new EnterpriseFilter(s, subdistrict, i, q);
    }

    private static void addFilter(EnterpriseFilter filter, Model model) {
        model.addAttribute("status", filter.status() == null ? null : filter.status().name());
        model.addAttribute("subdistrict", filter.subdistrictCode());
        model.addAttribute("industry", filter.industry() == null ? null : filter.industry().name());
        model.addAttribute("q", filter.text());
        model.addAttribute("statuses", EnterpriseStatus.values());
        model.addAttribute("industries", Industry.values());
    }

    private static String statusWord(EnterpriseStatus status) {
        return switch (status) {
            case NOT_FILED -> "未报备";
            case RESUMED -> "已复工";
            case SUSPENDED -> "停工";
            case CLOSED -> "关闭";
        };
    }
}
