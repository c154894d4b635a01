package org.shuangsheng.screening.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.shuangsheng.screening.HealthRecordPurge;
import org.shuangsheng.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The retention purge page: how many records a purge would touch now, and the form that runs it
 * with a typed reason and a confirmation.
 */
@Controller
@RequestMapping("/retention")
class RetentionController {

    private final HealthRecordPurge purge;

    RetentionController(HealthRecordPurge purge) {
        this.purge = purge;
    }

    @GetMapping
    String show(Model model) {
        return page("", false, Map.of(), model);
    }

    @PostMapping("/purge")
    String purge(@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "false") boolean confirmed,
            Model model, RedirectAttributes redirect) {
        try {
            HealthRecordPurge.Counts done = purge.purge(reason, confirmed);
            redirect.addFlashAttribute("flash", "retention.flash.purged");
            redirect.addFlashAttribute("flashArgs", new Object[] {done.total(), done.cutoff().toString()});
            return "redirect:/retention";
        } catch (InvalidInputException e) {
            Map<String, InvalidInputException.Violation> errors = new LinkedHashMap<>();
            e.violations().forEach(v -> errors.putIfAbsent(v.field(), v));
            return page(reason, confirmed, errors, model);
        }
    }

    private String page(String reason, boolean confirmed, Map<String, InvalidInputException.Violation> errors, Model model) {
        model.addAttribute("counts", purge.preview());
        model.addAttribute("reason", reason);
        model.addAttribute("confirmed", confirmed);
        model.addAttribute("errors", errors);
        return "retention/purge";
    }
}
