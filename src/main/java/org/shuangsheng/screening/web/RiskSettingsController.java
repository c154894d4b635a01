package org.shuangsheng.screening.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shuangsheng.screening.RiskLevel;
import org.shuangsheng.screening.RiskRuleSet;
import org.shuangsheng.screening.RiskSettings;
import org.shuangsheng.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The risk rule set (风险规则) as a page of settings, one row per threshold or day count. */
@Controller
@RequestMapping("/risk-settings")
class RiskSettingsController {

    private final RiskRuleSet ruleSet;

    RiskSettingsController(RiskRuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    @GetMapping
    String show(Model model) {
        return show(ruleSet.rows(), null, model);
    }

    @PostMapping
    String update(@RequestParam Map<String, String> parameters, Model model, RedirectAttributes redirect) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : RiskSettings.KEYS) {
            if (parameters.containsKey(key)) {
                values.put(key, parameters.get(key));
            }
        }
        try {
            ruleSet.update(values);
            redirect.addFlashAttribute("flash", "quarantine.setting.flash.saved");
            return "redirect:/risk-settings";
        } catch (InvalidInputException e) {
            List<RiskRuleSet.Row> typed = ruleSet.rows().stream().map(row -> new RiskRuleSet.Row(row.key(),
                    values.getOrDefault(row.key(), row.value()), row.description(), row.updatedBy())).toList();
            Map<String, String> errors = new LinkedHashMap<>();
            e.violations().forEach(v -> errors.putIfAbsent(v.field(), v.messageKey()));
            model.addAttribute("violations", e.violations());
            return show(typed, errors, model);
        }
    }

    private String show(List<RiskRuleSet.Row> rows, Map<String, String> errors, Model model) {
        model.addAttribute("rows", rows);
        model.addAttribute("errors", errors == null ? Map.of() : errors);
        model.addAttribute("levels", RiskLevel.values());
        model.addAttribute("can", ScreeningActions.ofCurrentUser());
        return "screening/risk-settings";
    }
}
