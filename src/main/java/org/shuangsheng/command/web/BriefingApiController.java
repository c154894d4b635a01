package org.shuangsheng.command.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.shuangsheng.command.BriefingFormat;
import org.shuangsheng.command.internal.Briefings;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.PastDay;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "briefings", description = "日报 The daily briefing as PDF and .xlsx")
class BriefingApiController {

    private final Briefings briefings;

    BriefingApiController(Briefings briefings) {
        this.briefings = briefings;
    }

    @GetMapping("/api/v1/briefings/{date}.pdf")
    @Operation(summary = "The daily briefing of a day (ISO date) and a region in the caller's scope (default the"
            + " caller's top region) as PDF: the archived one, or one generated on the fly")
    ResponseEntity<byte[]> pdf(@PathVariable String date, @RequestParam(required = false) String regionCode) {
        return file(date, regionCode, BriefingFormat.PDF);
    }

    @GetMapping("/api/v1/briefings/{date}.xlsx")
    @Operation(summary = "The same briefing's figures as an .xlsx: one sheet of indicators, one of breakdowns")
    ResponseEntity<byte[]> xlsx(@PathVariable String date, @RequestParam(required = false) String regionCode) {
        return file(date, regionCode, BriefingFormat.XLSX);
    }

    private ResponseEntity<byte[]> file(String date, String regionCode, BriefingFormat format) {
        return send(briefings.download(regionCode, day(date, briefings.today()), format));
    }

    /** A path date: an ISO day, not after today. */
    static LocalDate day(String text, LocalDate today) {
        LocalDate day = PastDay.parse(text, today, "dashboard.date").orElse(null);
        if (day == null) {
            throw new InvalidInputException("date", "dashboard.date.invalid");
        }
        return day;
    }

    static ResponseEntity<byte[]> send(Briefings.Download download) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(download.format().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(download.filename()).build().toString())
                .body(download.content());
    }
}
