package org.shuangsheng.enterprise.web;

import org.shuangsheng.enterprise.EnterpriseQueries;
import org.shuangsheng.enterprise.EnterpriseView;
import org.shuangsheng.enterprise.reporting.FiveDayReviews;
import org.shuangsheng.enterprise.reporting.ReviewOutcome;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.Paging;
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

/** Five-day reviews: the lists of reviews due and overdue, and the paired cadre's checklist form. */
@Controller
class ReviewController {

    private final FiveDayReviews reviews;
    private final EnterpriseQueries queries;

    ReviewController(FiveDayReviews reviews, EnterpriseQueries queries) {
        this.reviews = reviews;
        this.queries = queries;
    }

    @GetMapping("/enterprises/reviews")
    String due(@RequestParam(defaultValue = "DUE") String list, @RequestParam(defaultValue = "0") int page,
            Model model) {
        boolean overdue = "OVERDUE".equals(list);
        model.addAttribute("list", overdue ? "OVERDUE" : "DUE");
        model.addAttribute("rows", reviews.due(overdue, PageRequest.of(Paging.page(page),
                EnterpriseController.PAGE_SIZE)));
        model.addAttribute("today", reviews.today());
        return "enterprise/reviews";
    }

    @GetMapping("/enterprises/{id}/review")
    String form(@PathVariable long id, Model model) {
        ReviewForm form = new ReviewForm();
        form.setOutcome(ReviewOutcome.PASS.name());
        return showForm(form, queries.enterprise(id), model);
    }

    @PostMapping("/enterprises/{id}/review")
    String record(@PathVariable long id, @ModelAttribute("form") ReviewForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        EnterpriseView enterprise = queries.enterprise(id);
        if (!result.hasErrors()) {
            try {
                reviews.record(id, form.toNewReview());
                redirect.addFlashAttribute("flash", "enterprise.flash.reviewed");
                return "redirect:/enterprises/" + id;
            } catch (InvalidInputException e) {
                e.rejectInto(result);
            }
        }
        return showForm(form, enterprise, model);
    }

    private String showForm(ReviewForm form, EnterpriseView enterprise, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("enterprise", enterprise);
        model.addAttribute("outcomes", ReviewOutcome.values());
        return "enterprise/review";
    }
}
