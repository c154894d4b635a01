package org.shuangsheng.enterprise.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.audit.AuditOutcome;
import org.shuangsheng.enterprise.EnterpriseQueries;
import org.shuangsheng.enterprise.greenchannel.GreenChannel;
import org.shuangsheng.enterprise.greenchannel.ServiceCategory;
import org.shuangsheng.enterprise.greenchannel.ServiceRequestFilter;
import org.shuangsheng.enterprise.greenchannel.ServiceRequestStatus;
import org.shuangsheng.enterprise.greenchannel.ServiceRequestView;
import org.shuangsheng.enterprise.greenchannel.ServiceUrgency;
import org.shuangsheng.identity.CurrentUser;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.NotFoundException;
import org.shuangsheng.shared.Paging;
import org.shuangsheng.shared.table.TableFormat;
import org.shuangsheng.shared.table.TableWriter;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Green-channel (绿色通道) pages: the list with filters, the new request form, a request with its comments. */
@Controller
class GreenChannelController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final GreenChannel channel;
    private final EnterpriseQueries queries;
    private final AuditLog audit;
    private final MessageSource messages;
    private final ZoneId zone;

    GreenChannelController(GreenChannel channel, EnterpriseQueries queries, AuditLog audit, MessageSource messages,
            Clock clock) {
        this.channel = channel;
        this.queries = queries;
        this.audit = audit;
        this.messages = messages;
        this.zone = clock.getZone();
    }

    @GetMapping("/enterprises/requests")
    String list(@RequestParam(required = false) ServiceRequestStatus status,
            @RequestParam(required = false) ServiceCategory category,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("rows", channel.requests(new ServiceRequestFilter(status, category, overdue),
                PageRequest.of(Paging.page(page), EnterpriseController.PAGE_SIZE)));
        model.addAttribute("status", status == null ? null : status.name());
        model.addAttribute("category", category == null ? null : category.name());
        model.addAttribute("overdue", overdue);
        model.addAttribute("zone", zone);
        model.addAttribute("statuses", ServiceRequestStatus.values());
        model.addAttribute("categories", ServiceCategory.values());
        model.addAttribute("can", EnterpriseActions.ofCurrentUser());
        return "enterprise/requests";
    }

    @GetMapping("/enterprises/requests/new")
    String form(Model model) {
        return showForm(new ServiceRequestForm(), model);
    }

    @PostMapping("/enterprises/requests")
    String submit(@ModelAttribute("form") ServiceRequestForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        long enterpriseId = CurrentUser.scope().map(s -> s.enterpriseId()).orElseThrow(
                () -> new NotFoundException("enterprise"));
        return submit(enterpriseId, form, result, model, redirect);
    }

    private String submit(long enterpriseId, ServiceRequestForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = channel.submit(enterpriseId, form.toNewRequest());
                redirect.addFlashAttribute("flash", "enterprise.flash.requestSubmitted");
                return "redirect:/enterprises/requests/" + id;
            } catch (InvalidInputException e) {
                e.rejectInto(result);
            }
        }
        return showForm(form, model);
    }

    /** The task force opens the form from an enterprise's page to submit a request on its behalf. */
    @GetMapping("/enterprises/{id}/requests/new")
    String formFor(@PathVariable long id, Model model) {
        model.addAttribute("enterprise", queries.enterprise(id));
        return showForm(new ServiceRequestForm(), model);
    }

    @PostMapping("/enterprises/{id}/requests")
    String submitFor(@PathVariable long id, @ModelAttribute("form") ServiceRequestForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        model.addAttribute("enterprise", queries.enterprise(id));
        return submit(id, form, result, model, redirect);
    }

    /** The requests of the list's filters as a workbook; descriptions come masked like everywhere else. */
    @GetMapping("/enterprises/requests/export")
    void export(@RequestParam(required = false) ServiceRequestStatus status,
            @RequestParam(required = false) ServiceCategory category,
            @RequestParam(defaultValue = "false") boolean overdue, HttpServletResponse response) throws IOException {
        ServiceRequestFilter filter = new ServiceRequestFilter(status, category, overdue);
        TableFormat.XLSX.prepareDownload(response, "green-channel-requests");
        long written = 0;
        try (TableWriter writer = TableWriter.xlsx(response.getOutputStream())) {
            writer.sheet("绿色通道").header(List.of("编号", "企业", "诉求类别", "紧急程度", "承办部门", "状态", "逾期",
                    "提交时间", "提交人", "答复期限", "受理时间", "解决时间", "确认时间", "需求说明"));
            Page<ServiceRequestView> rows;
            int number = 0;
            do {
                rows = channel.requests(filter, PageRequest.of(number++, 1000));
                for (ServiceRequestView r : rows) {
                    writer.row(Arrays.asList(r.id(), r.enterpriseName(), r.category().chinese(),
                            r.urgency() == ServiceUrgency.URGENT ? "紧急" : "普通", departmentName(r),
                            r.status().chinese(), r.overdue() ? "是" : "否", time(r.submittedAt()), r.submittedBy(),
                            time(r.deadline()), time(r.acceptedAt()), time(r.resolvedAt()), time(r.confirmedAt()),
                            r.description()));
                }
                written += rows.getNumberOfElements();
            } while (rows.hasNext());
        }
        audit.record(AuditAction.EXPORT, "enterprise-request", null, AuditOutcome.SUCCESS, written + " requests"
                + (status == null ? "" : " " + status) + (category == null ? "" : " " + category)
                + (overdue ? " overdue" : ""));
    }

    @GetMapping("/enterprises/requests/{id}")
    String request(@PathVariable long id, Model model) {
        return showRequest(channel.request(id), model);
    }

    @PostMapping("/enterprises/requests/{id}/comments")
    String comment(@PathVariable long id, @RequestParam(required = false) String text, Model model) {
        try {
            channel.comment(id, text);
        } catch (InvalidInputException e) {
            model.addAttribute("commentErrors", e.violations());
            model.addAttribute("commentText", text);
            return showRequest(channel.request(id), model);
        }
        return "redirect:/enterprises/requests/" + id;
    }

    @PostMapping("/enterprises/requests/{id}/accept")
    String accept(@PathVariable long id, Model model, RedirectAttributes redirect) {
        return move(id, () -> channel.accept(id), model, redirect);
    }

    @PostMapping("/enterprises/requests/{id}/resolve")
    String resolve(@PathVariable long id, Model model, RedirectAttributes redirect) {
        return move(id, () -> channel.resolve(id), model, redirect);
    }

    @PostMapping("/enterprises/requests/{id}/confirm")
    String confirm(@PathVariable long id, Model model, RedirectAttributes redirect) {
        return move(id, () -> channel.confirm(id), model, redirect);
    }

    private String move(long id, Runnable step, Model model, RedirectAttributes redirect) {
        try {
            step.run();
        } catch (InvalidInputException e) {
            model.addAttribute("stepErrors", e.violations());
            return showRequest(channel.request(id), model);
        }
        redirect.addFlashAttribute("flash", "enterprise.flash.requestMoved");
        return "redirect:/enterprises/requests/" + id;
    }

    private String showRequest(ServiceRequestView request, Model model) {
        model.addAttribute("request", request);
        model.addAttribute("steps", channel.nextSteps(request));
        model.addAttribute("zone", zone);
        return "enterprise/request";
    }

    private String time(Instant instant) {
        return instant == null ? null : TIME.format(instant.atZone(zone));
    }

    private String departmentName(ServiceRequestView r) {
        return messages.getMessage("department." + r.department(), null, r.department().name(),
                Locale.SIMPLIFIED_CHINESE);
    }

    private String showForm(ServiceRequestForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("categories", ServiceCategory.values());
        model.addAttribute("urgencies", ServiceUrgency.values());
        return "enterprise/request-form";
    }
}
