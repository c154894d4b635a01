package org.shuangsheng.identity.web;

import java.util.Set;
import java.util.stream.Collectors;
import org.shuangsheng.identity.AccountApprovals;
import org.shuangsheng.identity.AccountGrantView;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Grants waiting for a second person (待审批), for the administrators and the commander: the
 * commander approves here, as it has no user administration.
 */
@Controller
@RequestMapping("/grants")
class GrantController {

    private final AccountApprovals approvals;
    private final java.time.ZoneId zone;

    GrantController(AccountApprovals approvals, java.time.Clock clock) {
        this.approvals = approvals;
        this.zone = clock.getZone();
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        Page<AccountGrantView> grants = approvals.pending(
                PageRequest.of(Paging.page(page), UserAdminController.PAGE_SIZE, Sort.by("requestedAt", "id")));
        model.addAttribute("grants", grants);
        model.addAttribute("decidable", decidable(grants.getContent()));
        model.addAttribute("zone", zone);
        return "identity/grants";
    }

    @PostMapping("/{id}/approve")
    String approve(@PathVariable long id, @RequestParam(required = false) String back, RedirectAttributes redirect) {
        try {
            AccountGrantView grant = approvals.approve(id);
            redirect.addFlashAttribute("flash", "account.grant.flash.approved");
            redirect.addFlashAttribute("flashArgs", new Object[] {grant.username()});
            return "redirect:" + back(back, grant);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.violations().get(0).messageKey());
            redirect.addFlashAttribute("flashErrorArgs", e.violations().get(0).args());
            return "redirect:/grants";
        }
    }

    @PostMapping("/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String back, RedirectAttributes redirect, Model model) {
        try {
            AccountGrantView grant = approvals.reject(id, reason);
            redirect.addFlashAttribute("flash", "account.grant.flash.rejected");
            redirect.addFlashAttribute("flashArgs", new Object[] {grant.username()});
            return "redirect:" + back(back, grant);
        } catch (InvalidInputException e) {
            // The list again, with the reason as typed and the message beside it.
            model.addAttribute("rejecting", id);
            model.addAttribute("reason", reason);
            model.addAttribute("reasonError", e.violations().get(0));
            return list(0, model);
        }
    }

    static Set<Long> decidable(java.util.Collection<AccountGrantView> grants) {
        return grants.stream().filter(AccountApprovals::mayDecide).map(AccountGrantView::id)
                .collect(Collectors.toSet());
    }

    /** Back to the page the decision was taken on; only pages of this module, never a given URL. */
    private static String back(String back, AccountGrantView grant) {
        if ("users".equals(back)) {
            return "/users";
        }
        if ("account".equals(back)) {
            return "/users/" + grant.accountId();
        }
        return "/grants";
    }
}
