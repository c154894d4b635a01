package org.shuangsheng.region.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.util.List;
import java.util.Map;
import org.shuangsheng.region.RegionFilter;
import org.shuangsheng.region.RegionKind;
import org.shuangsheng.region.RegionLevel;
import org.shuangsheng.region.RegionManagement;
import org.shuangsheng.region.RegionQueries;
import org.shuangsheng.region.RegionView;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.Paging;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The tree, one level at a time: a unit's children with search, paging and export, and the
 * forms to add, rename, move, retire and reinstate units.
 */
@Controller
@RequestMapping("/regions")
class RegionController {

    static final int PAGE_SIZE = 50;

    private final RegionQueries queries;
    private final RegionManagement management;

    RegionController(RegionQueries queries, RegionManagement management) {
        this.queries = queries;
        this.management = management;
    }

    @GetMapping
    String list(@RequestParam(required = false) String parent, @RequestParam(required = false) String q,
            @RequestParam(required = false) RegionLevel level,
            @RequestParam(defaultValue = "false") boolean retired,
            @RequestParam(defaultValue = "0") int page,
            HtmxRequest htmx, Model model) {
        RegionView current = parent == null || parent.isBlank() ? null : management.require(parent.strip());
        boolean searching = (q != null && !q.isBlank()) || level != null;
        RegionFilter filter = current == null
                ? new RegionFilter(null, null, level, q, retired)
                : searching ? new RegionFilter(null, current.code(), level, q, retired)
                        : new RegionFilter(current.code(), null, null, null, retired);
        if (current == null && !searching) {
            filter = new RegionFilter(null, null, RegionLevel.DISTRICT, null, retired);
        }
        Page<RegionView> units = queries.search(filter, PageRequest.of(Paging.page(page), PAGE_SIZE));
        Map<String, Long> counts = queries.activeChildCounts(units.map(RegionView::code).getContent());
        model.addAttribute("current", current);
        model.addAttribute("lineage", current == null ? List.of() : queries.lineage(current.code()));
        model.addAttribute("rows", units.map(u -> new RegionRow(u, counts.getOrDefault(u.code(), 0L))));
        model.addAttribute("q", q);
        model.addAttribute("level", level);
        model.addAttribute("retired", retired);
        model.addAttribute("levels", RegionLevel.values());
        model.addAttribute("childKinds", current == null ? List.of(RegionKind.DISTRICT)
                : current.level().childLevel().map(RegionKind::at).orElse(List.of()));
        model.addAttribute("can", RegionActions.ofCurrentUser());
        return htmx.isHtmxRequest() ? "region/list :: results" : "region/list";
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) String parent, Model model) {
        RegionForm form = new RegionForm();
        if (parent != null && !parent.isBlank()) {
            RegionView parentUnit = management.require(parent.strip());
            form.setParentCode(parentUnit.code());
            form.setCode(parentUnit.code());
            parentUnit.level().childLevel().map(RegionKind::at).filter(k -> k.size() == 1)
                    .ifPresent(k -> form.setKind(k.get(0)));
        }
        return showForm(form, model);
    }

    @PostMapping
    String create(@ModelAttribute("form") RegionForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return showForm(form, model);
        }
        try {
            RegionView created = management.create(form.toNewRegion());
            redirect.addFlashAttribute("flash", "region.flash.created");
            redirect.addFlashAttribute("flashArgs", new Object[] {created.name(), created.code()});
            return "redirect:" + listUrl(created.parentCode());
        } catch (InvalidInputException e) {
            e.rejectInto(result);
            return showForm(form, model);
        }
    }

    @GetMapping("/{code}")
    String edit(@PathVariable String code, Model model) {
        RegionView unit = management.require(code);
        return showEdit(unit, unit.name(), unit.parentCode(), model);
    }

    @PostMapping("/{code}/rename")
    String rename(@PathVariable String code, @RequestParam(defaultValue = "") String name, Model model,
            RedirectAttributes redirect) {
        RegionView unit = management.require(code);
        try {
            management.rename(code, name);
            redirect.addFlashAttribute("flash", "region.flash.renamed");
            redirect.addFlashAttribute("flashArgs", new Object[] {name.strip()});
            return "redirect:/regions/" + code;
        } catch (InvalidInputException e) {
            model.addAttribute("renameErrors", e.violations());
            return showEdit(unit, name, unit.parentCode(), model);
        }
    }

    @PostMapping("/{code}/move")
    String move(@PathVariable String code, @RequestParam(defaultValue = "") String parentCode, Model model,
            RedirectAttributes redirect) {
        RegionView unit = management.require(code);
        try {
            RegionView moved = management.move(code, parentCode);
            redirect.addFlashAttribute("flash", "region.flash.moved");
            redirect.addFlashAttribute("flashArgs", new Object[] {moved.name(), moved.parentCode()});
            return "redirect:/regions/" + code;
        } catch (InvalidInputException e) {
            model.addAttribute("moveErrors", e.violations());
            return showEdit(unit, unit.name(), parentCode, model);
        }
    }

    @PostMapping("/{code}/retire")
    String retire(@PathVariable String code, Model model, RedirectAttributes redirect) {
        RegionView unit = management.require(code);
        try {
            management.retire(code);
            redirect.addFlashAttribute("flash", "region.flash.retired");
            redirect.addFlashAttribute("flashArgs", new Object[] {unit.name()});
            return "redirect:/regions/" + code;
        } catch (InvalidInputException e) {
            model.addAttribute("stateErrors", e.violations());
            return showEdit(unit, unit.name(), unit.parentCode(), model);
        }
    }

    @PostMapping("/{code}/reinstate")
    String reinstate(@PathVariable String code, Model model, RedirectAttributes redirect) {
        RegionView unit = management.require(code);
        try {
            management.reinstate(code);
            redirect.addFlashAttribute("flash", "region.flash.reinstated");
            redirect.addFlashAttribute("flashArgs", new Object[] {unit.name()});
            return "redirect:/regions/" + code;
        } catch (InvalidInputException e) {
            model.addAttribute("stateErrors", e.violations());
            return showEdit(unit, unit.name(), unit.parentCode(), model);
        }
    }

    private String showForm(RegionForm form, Model model) {
        model.addAttribute("form", form);
        RegionView parent = queries.find(form.getParentCode()).orElse(null);
        model.addAttribute("parent", parent);
        model.addAttribute("lineage", parent == null ? List.of() : queries.lineage(parent.code()));
        model.addAttribute("kinds", parent == null ? List.of(RegionKind.values())
                : parent.level().childLevel().map(RegionKind::at).orElse(List.of()));
        return "region/form";
    }

    private String showEdit(RegionView unit, String name, String parentCode, Model model) {
        model.addAttribute("unit", unit);
        model.addAttribute("name", name);
        model.addAttribute("parentCode", parentCode);
        model.addAttribute("lineage", queries.lineage(unit.code()));
        // Where a unit may move: the units of its parent's level under the same grandparent.
        List<RegionView> destinations = queries.lineage(unit.code()).stream()
                .filter(u -> unit.level().parentLevel().map(l -> l.parentLevel().isPresent()
                        && u.level() == l.parentLevel().get()).orElse(false))
                .findFirst()
                .map(grandparent -> queries.search(RegionFilter.childrenOf(grandparent.code()), PageRequest.of(0, 200))
                        .getContent())
                .orElse(List.of());
        model.addAttribute("destinations", destinations);
        model.addAttribute("hasChildren", !queries.activeChildCounts(List.of(unit.code())).isEmpty());
        model.addAttribute("can", RegionActions.ofCurrentUser());
        return "region/edit";
    }

    static String listUrl(String parentCode) {
        return UriComponentsBuilder.fromPath("/regions").queryParamIfPresent("parent",
                java.util.Optional.ofNullable(parentCode)).build().toUriString();
    }
}
