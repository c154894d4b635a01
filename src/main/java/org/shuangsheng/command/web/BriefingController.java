package org.shuangsheng.command.web;

import java.time.LocalDate;
import org.shuangsheng.command.Briefing;
import org.shuangsheng.command.BriefingFormat;
import org.shuangsheng.command.internal.Briefings;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.Paging;
import org.springframework.data.domain.Page;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 日报: the archived daily briefings of the caller's scope, filtered by day, a form to generate
 * one for a day and a region, and the downloads of each briefing's PDF and .xlsx.
 */
@Controller
class BriefingController {

    static final int PAGE_SIZE = 20;

    private final Briefings briefings;

    BriefingController(Briefings briefings) {
        this.briefings = briefings;
    }

    @GetMapping("/briefings")
    String list(@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Page<Briefing> list = briefings.list(from, to, PageRequest.of(Paging.page(page), PAGE_SIZE));
        model.addAttribute("briefings", list);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        LocalDate yesterday = briefings.today().minusDays(1);
        model.addAttribute("defaultDate", yesterday);
        model.addAttribute("today", briefings.today());
        model.addAttribute("pdfFontMissing", briefings.pdfFontMissing());
        return "command/briefings";
    }

    @PostMapping("/briefings")
    String generate(@RequestParam(required = false) String date, @RequestParam(required = false) String regionCode,
            RedirectAttributes redirect) {
        LocalDate day;
        try {
            day = BriefingApiController.day(date, briefings.today());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("briefingProblem", e.violations().get(0).messageKey());
            return "redirect:/briefings";
        }
        Briefing briefing = briefings.generate(regionCode, day);
        redirect.addFlashAttribute("flash", "briefing.generated");
        redirect.addFlashAttribute("flashArgs", new Object[] {briefing.regionName(), briefing.date().toString()});
        return "redirect:/briefings";
    }

    /**
     * The briefing of a region (the caller's top region when blank) for a day (today when
     * blank), archived or made on the fly: what the dashboard's download link opens.
     */
    @GetMapping("/briefings/download")
    ResponseEntity<byte[]> download(@RequestParam(required = false) String date,
            @RequestParam(required = false) String region, @RequestParam(defaultValue = "pdf") String format) {
        BriefingFormat file = "xlsx".equalsIgnoreCase(format) ? BriefingFormat.XLSX : BriefingFormat.PDF;
        LocalDate day = date == null || date.isBlank() ? briefings.today()
                : BriefingApiController.day(date, briefings.today());
        return BriefingApiController.send(briefings.download(region, day, file));
    }

    @GetMapping("/briefings/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return BriefingApiController.send(briefings.download(id, BriefingFormat.PDF));
    }

    @GetMapping("/briefings/{id}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id) {
        return BriefingApiController.send(briefings.download(id, BriefingFormat.XLSX));
    }
}
