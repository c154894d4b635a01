package org.shuangsheng.screening.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.shuangsheng.population.HouseholdView;
import org.shuangsheng.population.MemberView;
import org.shuangsheng.population.PopulationQueries;
import org.shuangsheng.screening.ScreeningManagement;
import org.shuangsheng.screening.ScreeningQueries;
import org.shuangsheng.screening.VisitMode;
import org.shuangsheng.shared.InvalidInputException;
import org.springframework.dao.DataIntegrityViolationException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The visit at the door, on a phone: one screen per household with a row per member. The
 * worker sees its residents' full names (ID numbers and phones stay masked); a form sent twice
 * with the same hidden key records one visit.
 */
@Controller
@RequestMapping("/screening-rounds/{id}/households/{householdId}/visit")
class VisitController {

    private static final DateTimeFormatter LOCAL_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final ScreeningQueries queries;
    private final ScreeningManagement management;
    private final PopulationQueries population;
    private final Clock clock;

    VisitController(ScreeningQueries queries, ScreeningManagement management, PopulationQueries population,
            Clock clock) {
        this.queries = queries;
        this.management = management;
        this.population = population;
        this.clock = clock;
    }

    @GetMapping
    String form(@PathVariable long id, @PathVariable long householdId, Model model, HttpServletResponse response) {
        queries.round(id);
        HouseholdView household = population.household(householdId);
        VisitForm form = new VisitForm();
        form.setRequestKey(UUID.randomUUID().toString());
        form.setMode(VisitMode.IN_PERSON.name());
        form.setVisitedAt(LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES).format(LOCAL_MINUTES));
        for (MemberView member : household.members()) {
            VisitForm.FindingForm finding = new VisitForm.FindingForm();
            finding.setResidentId(member.id());
            finding.setPresent("true");
            form.getFindings().add(finding);
        }
        return show(id, household, form, model, response);
    }

    @PostMapping
    String record(@PathVariable long id, @PathVariable long householdId, @ModelAttribute("form") VisitForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            management.recordVisit(id, form.toNewVisit(householdId));
        } catch (DataIntegrityViolationException raced) {
            // The same form sent twice at once: the first one recorded the visit.
            management.visitRecordedWith(form.getRequestKey()).orElseThrow(() -> raced);
        } catch (InvalidInputException e) {
            e.rejectInto(result);
            return show(id, population.household(householdId), form, model, response);
        }
        redirect.addFlashAttribute("flash", "screening.flash.recorded");
        redirect.addFlashAttribute("flashArgs", new Object[0]);
        return "redirect:/screening-rounds/" + id + "/unvisited?region="
                + population.householdResidents(householdId).gridCode();
    }

    private String show(long id, HouseholdView household, VisitForm form, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        model.addAttribute("round", queries.round(id));
        model.addAttribute("household", household);
        model.addAttribute("members", household.members().stream()
                .collect(java.util.stream.Collectors.toMap(MemberView::id, m -> m)));
        model.addAttribute("form", form);
        model.addAttribute("previous", queries.visits(id, household.id()));
        return "screening/visit";
    }
}
