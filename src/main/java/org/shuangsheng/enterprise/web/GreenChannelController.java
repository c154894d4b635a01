package org.shuangsheng.enterprise.web;

import java.time.Clock;
import java.time.ZoneId;
import org.shuangsheng.enterprise.GreenChannel;
import org.shuangsheng.enterprise.ServiceCategory;
import org.shuangsheng.enterprise.ServiceRequestFilter;
import org.shuangsheng.enterprise.ServiceRequestStatus;
import org.shuangsheng.enterprise.ServiceRequestView;
import org.shuangsheng.enterprise.ServiceUrgency;
import org.shuangsheng.identity.CurrentUser;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.NotFoundException;
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

    private final GreenChannel channel;
    private final ZoneId zone;

    GreenChannelController(GreenChannel channel, Clock clock) {
        this.channel = channel;
        this.zone = clock.getZone();
    }

    @GetMapping("/enterprises/requests")
    String list(@RequestParam(required = false) ServiceRequestStatus status,
            @RequestParam(required = false) ServiceCategory category,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("rows", channel.requests(new ServiceRequestFilter(status, category, overdue),
                PageRequest.of(Math.max(page, 0), EnterpriseController.PAGE_SIZE)));
        model.addAttribute("status", status == null ? null : status.name());
        model.addAttribute("category", category == null ? null : category.name());
        model.addAttribute("overdue", overdue);
        model.addAttribute("zone", zone);
        model.addAttribute("statuses", ServiceRequestStatus.values());
        model.addAttribute("categories", ServiceCategory.values());
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

    private String showForm(ServiceRequestForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("categories", ServiceCategory.values());
        model.addAttribute("urgencies", ServiceUrgency.values());
        return "enterprise/request-form";
    }
}
