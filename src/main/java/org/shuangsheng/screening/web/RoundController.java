package org.shuangsheng.screening.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.audit.AuditOutcome;
import org.shuangsheng.identity.DataScope;
import org.shuangsheng.identity.DataScopes;
import org.shuangsheng.population.HouseholdRow;
import org.shuangsheng.population.PopulationQueries;
import org.shuangsheng.region.RegionQueries;
import org.shuangsheng.region.RegionView;
import org.shuangsheng.screening.HouseholdToRevisit;
import org.shuangsheng.screening.RoundView;
import org.shuangsheng.screening.ScreeningManagement;
import org.shuangsheng.screening.ScreeningQueries;
import org.shuangsheng.shared.Paging;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.RegionPath;
import org.shuangsheng.shared.table.TableFormat;
import org.shuangsheng.shared.table.TableWriter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
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

/** Rounds: the list, opening one, its coverage with drill-down, and its unvisited households. */
@Controller
@RequestMapping("/screening-rounds")
class RoundController {

    static final int PAGE_SIZE = 100;

    private final ScreeningQueries queries;
    private final ScreeningManagement management;
    private final RegionQueries regions;
    private final MessageSource messages;
    private final Clock clock;
    private final DataScopes scopes;
    private final AuditLog audit;
    private final PopulationQueries population;

    RoundController(ScreeningQueries queries, ScreeningManagement management, RegionQueries regions,
            MessageSource messages, Clock clock, DataScopes scopes, AuditLog audit, PopulationQueries population) {
        this.population = population;
        this.scopes = scopes;
        this.audit = audit;
        this.queries = queries;
        this.management = management;
        this.regions = regions;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("rounds", queries.rounds());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("can", ScreeningActions.ofCurrentUser());
        return "screening/rounds";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        RoundForm form = new RoundForm();
        LocalDate today = LocalDate.now(clock);
        form.setStartDate(today.toString());
        form.setEndDate(today.plusDays(6).toString());
        return showForm(form, model);
    }

    @PostMapping
    String open(@ModelAttribute("form") RoundForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        try {
            long id = management.openRound(form.toNewRound());
            redirect.addFlashAttribute("flash", "screening.flash.opened");
            redirect.addFlashAttribute("flashArgs", new Object[] {form.getName().strip()});
            return "redirect:/screening-rounds/" + id;
        } catch (InvalidInputException e) {
            e.rejectInto(result);
            return showForm(form, model);
        }
    }

    /** The round with its coverage; an htmx drill-down swaps only the coverage table. */
    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) String region,
            HtmxRequest htmx, Model model) {
        RoundView round = queries.round(id);
        model.addAttribute("round", round);
        model.addAttribute("can", ScreeningActions.ofCurrentUser());
        if (scopes.current() instanceof DataScope.Paired) {
            // A cadre answers for households, not a region: its own list instead of coverage.
            model.addAttribute("paired", queries.pairedHouseholds(id, 0, PAGE_SIZE));
            return "screening/round";
        }
        model.addAttribute("coverage", queries.coverage(id, region));
        RegionView shown = queries.regionOf(id, region);
        model.addAttribute("lineage", lineageWithin(round, shown));
        model.addAttribute("figures", queries.day(id, shown.code(), LocalDate.now(clock)));
        return htmx.isHtmxRequest() ? "screening/round :: coverage" : "screening/round";
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable long id, RedirectAttributes redirect) {
        return setClosed(id, true, redirect);
    }

    @PostMapping("/{id}/reopen")
    String reopen(@PathVariable long id, RedirectAttributes redirect) {
        return setClosed(id, false, redirect);
    }

    private String setClosed(long id, boolean closed, RedirectAttributes redirect) {
        try {
            management.setRoundClosed(id, closed);
            redirect.addFlashAttribute("flash", closed ? "screening.flash.closed" : "screening.flash.reopened");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.violations().get(0).messageKey());
        }
        return "redirect:/screening-rounds/" + id;
    }

    @GetMapping("/{id}/unvisited")
    String unvisited(@PathVariable long id, @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "0") int page, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        RoundView round = queries.round(id);
        RegionView shown = queries.regionOf(id, region);
        model.addAttribute("round", round);
        model.addAttribute("region", shown);
        Page<HouseholdRow> households = queries.unvisited(id, shown.code(), Paging.page(page), PAGE_SIZE);
        List<HouseholdToRevisit> revisits = queries.notAllSeen(id, shown.code());
        model.addAttribute("households", households);
        model.addAttribute("revisits", revisits);
        model.addAttribute("heads", population.headNamesForTheirGridWorker(Stream.concat(
                households.getContent().stream(), revisits.stream().map(HouseholdToRevisit::household))
                .map(HouseholdRow::id).toList()));
        model.addAttribute("grid", shown.level() == org.shuangsheng.region.RegionLevel.GRID);
        model.addAttribute("can", ScreeningActions.ofCurrentUser());
        return "screening/unvisited";
    }

    /** The unvisited list as .xlsx for the next sweep: heads' names masked. */
    @GetMapping("/{id}/unvisited/export")
    void export(@PathVariable long id, @RequestParam(required = false) String region, HttpServletResponse response)
            throws IOException {
        RegionView shown = queries.regionOf(id, region);
        audit.record(AuditAction.EXPORT, "screening_round", Long.toString(id), AuditOutcome.SUCCESS,
                "unvisited households of " + shown.code());
        TableFormat.XLSX.prepareDownload(response, "unvisited-" + shown.code());
        var locale = LocaleContextHolder.getLocale();
        try (TableWriter writer = TableWriter.xlsx(response.getOutputStream())) {
            writer.sheet(messages.getMessage("screening.unvisited.sheet", null, locale)).header(List.of(
                    messages.getMessage("screening.field.grid", null, locale),
                    messages.getMessage("screening.field.address", null, locale),
                    messages.getMessage("screening.field.head", null, locale),
                    messages.getMessage("screening.field.members", null, locale)));
            Page<HouseholdRow> rows;
            int number = 0;
            do {
                rows = queries.unvisited(id, shown.code(), number++, 1000);
                for (HouseholdRow row : rows) {
                    writer.row(Arrays.asList(row.gridCode(), row.address(), row.head(), row.members()));
                }
            } while (rows.hasNext());
        }
    }

    /** The breadcrumb down to the region shown: the regions of the round the caller may open. */
    private List<RegionView> lineageWithin(RoundView round, RegionView shown) {
        RegionPath roundPath = RegionPath.of(regions.find(round.regionCode()).map(RegionView::path)
                .orElse(shown.path()));
        return regions.lineage(shown.code()).stream()
                .filter(r -> RegionPath.of(r.path()).isWithin(roundPath))
                .filter(r -> scopes.current() instanceof DataScope.Regions own && own.covers(r.path()))
                .toList();
    }

    private String showForm(RoundForm form, Model model) {
        model.addAttribute("form", form);
        return "screening/round-form";
    }
}
