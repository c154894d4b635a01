package org.shuangsheng.population.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.audit.AuditOutcome;
import org.shuangsheng.population.HouseholdDetails;
import org.shuangsheng.population.HouseholdFilter;
import org.shuangsheng.population.HouseholdRow;
import org.shuangsheng.population.NewMember;
import org.shuangsheng.population.PopulationManagement;
import org.shuangsheng.population.PopulationQueries;
import org.shuangsheng.population.Relation;
import org.shuangsheng.population.ResidentTransfer;
import org.shuangsheng.population.ResidentType;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.Paging;
import org.shuangsheng.shared.table.TableFormat;
import org.shuangsheng.shared.table.TableWriter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
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

/** Households of the caller's grids: list, register at the door, open, add members, move, reveal. */
@Controller
@RequestMapping("/households")
class HouseholdController {

    static final int PAGE_SIZE = 50;
    static final int TARGETS = 10;

    private final PopulationQueries queries;
    private final PopulationManagement management;
    private final HouseholdDetails details;
    private final AuditLog audit;

    HouseholdController(PopulationQueries queries, PopulationManagement management, HouseholdDetails details,
            AuditLog audit) {
        this.queries = queries;
        this.management = management;
        this.details = details;
        this.audit = audit;
    }

    @GetMapping
    String list(@RequestParam(required = false) String grid, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            HtmxRequest htmx, Model model) {
        return show(new HouseholdFilter(grid, q, null), page, htmx, model);
    }

    /** Search by exact ID number: a POST, so the number never stands in a URL, a log or history. */
    @PostMapping("/search")
    String searchById(@RequestParam(defaultValue = "") String idNumber,
            HtmxRequest htmx, Model model) {
        return show(new HouseholdFilter(null, null, idNumber.isBlank() ? null : idNumber), 0, htmx, model);
    }

    private String show(HouseholdFilter filter, int page, HtmxRequest htmx, Model model) {
        String grid = filter.gridCode();
        String q = filter.text();
        Page<HouseholdRow> households = queries.households(filter, PageRequest.of(Paging.page(page), PAGE_SIZE));
        model.addAttribute("households", households);
        model.addAttribute("heads", queries.headNamesForTheirGridWorker(households.map(HouseholdRow::id).getContent()));
        model.addAttribute("grid", grid);
        model.addAttribute("q", q);
        model.addAttribute("can", HouseholdActions.ofCurrentUser());
        return htmx.isHtmxRequest() ? "population/households :: results" : "population/households";
    }

    @GetMapping("/export")
    void export(@RequestParam(required = false) String grid, @RequestParam(required = false) String q,
            HttpServletResponse response) throws IOException {
        TableFormat.XLSX.prepareDownload(response, "households");
        HouseholdFilter filter = new HouseholdFilter(grid, q, null);
        long written = 0;
        try (TableWriter writer = TableWriter.xlsx(response.getOutputStream())) {
            writer.sheet("住户").header(List.of("编号", "网格编码", "门牌地址", "户主", "人数"));
            Page<HouseholdRow> rows;
            int number = 0;
            do {
                rows = queries.households(filter, PageRequest.of(number++, 1000));
                for (HouseholdRow row : rows) {
                    writer.row(Arrays.asList(row.id(), row.gridCode(), row.address(), row.head(), row.members()));
                    written++;
                }
            } while (rows.hasNext());
        }
        // The search text is left out: it may be a resident's name.
        audit.record(AuditAction.EXPORT, "household", null, AuditOutcome.SUCCESS,
                "grid=" + (grid == null ? "" : grid) + " rows=" + written);
    }

    @GetMapping("/new")
    String newForm(@RequestParam(required = false) String grid, Model model) {
        HouseholdForm form = new HouseholdForm();
        form.setGridCode(grid);
        return showForm(form, model);
    }

    @PostMapping
    String register(@ModelAttribute("form") HouseholdForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        try {
            long id = management.register(form.toNewHousehold());
            redirect.addFlashAttribute("flash", "population.flash.registered");
            redirect.addFlashAttribute("flashArgs", new Object[] {form.getAddress()});
            return "redirect:/households/" + id;
        } catch (InvalidInputException e) {
            // The head is members[0] of the household; on the form its fields stand alone.
            new InvalidInputException(e.violations().stream()
                    .map(v -> new InvalidInputException.Violation(v.field().replace("members[0].", ""), v.messageKey(),
                            v.args()))
                    .toList()).rejectInto(result);
            return showForm(form, model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        model.addAttribute("household", queries.household(id));
        model.addAttribute("relations", Relation.values());
        model.addAttribute("types", ResidentType.values());
        model.addAttribute("residentMoves", details.residentMoves(id));
        model.addAttribute("pairings", details.pairings(id));
        model.addAttribute("can", HouseholdActions.ofCurrentUser());
        return "population/household";
    }

    /**
     * Households of the caller's scope to move a member into, found by name or address; for an
     * htmx request only the list of choices comes back, into the move form.
     */
    @GetMapping("/{id}/move-targets")
    String moveTargets(@PathVariable long id, @RequestParam(defaultValue = "") String q,
            HtmxRequest htmx, Model model,
            HttpServletResponse response) {
        queries.requireHousehold(id);
        addTargets(id, q, model);
        return htmx.isHtmxRequest() ? "population/household :: targets" : show(id, model, response);
    }

    @PostMapping("/{id}/residents/move")
    String moveResident(@PathVariable long id, @RequestParam long residentId,
            @RequestParam(required = false) Long householdId, @RequestParam(defaultValue = "") String relation,
            @RequestParam(required = false) Long newHeadId, @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String q, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        ResidentTransfer transfer = new ResidentTransfer(householdId, relation, newHeadId, reason);
        try {
            management.moveResident(id, residentId, transfer);
            redirect.addFlashAttribute("flash", "population.flash.residentMoved");
            return "redirect:/households/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("residentMoveErrors", e.violations());
            model.addAttribute("transfer", transfer);
            model.addAttribute("movingResident", residentId);
            addTargets(id, q, model);
            return show(id, model, response);
        }
    }

    @PostMapping("/{id}/pairings/{pairingId}/remove")
    String unpair(@PathVariable long id, @PathVariable long pairingId, RedirectAttributes redirect) {
        queries.requireHousehold(id);
        String cadre = management.unpair(pairingId);
        redirect.addFlashAttribute("flash", "population.flash.unpaired");
        redirect.addFlashAttribute("flashArgs", new Object[] {cadre});
        return "redirect:/households/" + id;
    }

    private void addTargets(long id, String q, Model model) {
        String text = q.strip();
        model.addAttribute("targetQuery", text);
        model.addAttribute("targets", text.isEmpty() ? List.of()
                : queries.households(new HouseholdFilter(null, text, null), PageRequest.of(0, TARGETS + 1))
                        .stream().filter(h -> h.id() != id).limit(TARGETS).toList());
    }

    @PostMapping("/{id}/members")
    String addMember(@PathVariable long id, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String idNumber, @RequestParam(defaultValue = "") String phone,
            @RequestParam(defaultValue = "") String relation, @RequestParam(defaultValue = "") String residentType,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            management.addMember(id, new NewMember(name, idNumber, phone, relation, residentType));
            redirect.addFlashAttribute("flash", "population.flash.memberAdded");
            redirect.addFlashAttribute("flashArgs", new Object[] {name.strip()});
            return "redirect:/households/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("memberErrors", e.violations());
            model.addAttribute("member", new NewMember(name, idNumber, phone, relation, residentType));
            return show(id, model, response);
        }
    }

    @PostMapping("/{id}/move")
    String move(@PathVariable long id, @RequestParam(defaultValue = "") String gridCode, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            management.move(id, gridCode);
            redirect.addFlashAttribute("flash", "population.flash.moved");
            redirect.addFlashAttribute("flashArgs", new Object[] {gridCode.strip()});
            return "redirect:/households/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("moveErrors", e.violations());
            return show(id, model, response);
        }
    }

    @PostMapping("/{id}/pairing")
    String pair(@PathVariable long id, @RequestParam(defaultValue = "") String cadre, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        try {
            management.pair(cadre, id, null);
            redirect.addFlashAttribute("flash", "population.flash.paired");
            redirect.addFlashAttribute("flashArgs", new Object[] {cadre.strip()});
            return "redirect:/households/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("pairingErrors", e.violations());
            return show(id, model, response);
        }
    }

    @PostMapping("/pairings")
    String pairGrid(@RequestParam(defaultValue = "") String cadre, @RequestParam(defaultValue = "") String gridCode,
            RedirectAttributes redirect) {
        try {
            management.pair(cadre, null, gridCode);
            redirect.addFlashAttribute("flash", "population.flash.pairedGrid");
            redirect.addFlashAttribute("flashArgs", new Object[] {cadre.strip(), gridCode.strip()});
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.violations().get(0).messageKey());
            redirect.addFlashAttribute("flashErrorArgs", e.violations().get(0).args());
        }
        return "redirect:/households?grid=" + java.net.URLEncoder.encode(gridCode.strip(),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    @PostMapping("/{id}/residents/{residentId}/reveal")
    String reveal(@PathVariable long id, @PathVariable long residentId, @RequestParam(defaultValue = "") String field,
            @RequestParam(defaultValue = "") String reason, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("revealed", queries.reveal(residentId, field, reason));
            model.addAttribute("revealedResident", residentId);
            model.addAttribute("revealedField", field);
        } catch (InvalidInputException e) {
            model.addAttribute("revealErrors", e.violations());
            model.addAttribute("revealedResident", residentId);
        }
        return show(id, model, response);
    }

    private String showForm(HouseholdForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("types", ResidentType.values());
        return "population/form";
    }
}
