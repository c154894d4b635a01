package org.shuangsheng.screening.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.shuangsheng.screening.KeyAreaLevel;
import org.shuangsheng.screening.KeyAreas;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Key areas (重点地区): list for officials; add, edit and retire for the commander and health. */
@Controller
@RequestMapping("/key-areas")
class KeyAreaController {

    static final int PAGE_SIZE = 50;

    private final KeyAreas keyAreas;

    KeyAreaController(KeyAreas keyAreas) {
        this.keyAreas = keyAreas;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "false") boolean retired, @RequestParam(defaultValue = "0") int page,
            HtmxRequest htmx, Model model) {
        model.addAttribute("areas", keyAreas.list(retired, PageRequest.of(Paging.page(page), PAGE_SIZE)));
        model.addAttribute("retired", retired);
        model.addAttribute("can", ScreeningActions.ofCurrentUser());
        return htmx.isHtmxRequest() ? "screening/key-areas :: results" : "screening/key-areas";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        return showForm(new KeyAreaForm(), null, model);
    }

    @PostMapping
    String create(@ModelAttribute("form") KeyAreaForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        try {
            keyAreas.create(form.toNewKeyArea());
            redirect.addFlashAttribute("flash", "quarantine.keyArea.flash.saved");
            redirect.addFlashAttribute("flashArgs", new Object[] {form.getName().strip()});
            return "redirect:/key-areas";
        } catch (InvalidInputException e) {
            e.rejectInto(result);
            return showForm(form, null, model);
        }
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable long id, Model model) {
        return showForm(KeyAreaForm.of(keyAreas.find(id)), id, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") KeyAreaForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        try {
            keyAreas.update(id, form.toNewKeyArea());
            redirect.addFlashAttribute("flash", "quarantine.keyArea.flash.saved");
            redirect.addFlashAttribute("flashArgs", new Object[] {form.getName().strip()});
            return "redirect:/key-areas";
        } catch (InvalidInputException e) {
            keyAreas.find(id);
            e.rejectInto(result);
            return showForm(form, id, model);
        }
    }

    @PostMapping("/{id}/retire")
    String retire(@PathVariable long id, RedirectAttributes redirect) {
        String name = keyAreas.find(id).name();
        keyAreas.retire(id);
        redirect.addFlashAttribute("flash", "quarantine.keyArea.flash.retired");
        redirect.addFlashAttribute("flashArgs", new Object[] {name});
        return "redirect:/key-areas";
    }

    private String showForm(KeyAreaForm form, Long id, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("areaId", id);
        model.addAttribute("levels", KeyAreaLevel.values());
        return "screening/key-area-form";
    }
}
