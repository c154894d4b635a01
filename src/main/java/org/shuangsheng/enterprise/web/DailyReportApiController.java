package org.shuangsheng.enterprise.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.LocalDate;
import org.shuangsheng.enterprise.reporting.Completeness;
import org.shuangsheng.enterprise.reporting.DailyReports;
import org.shuangsheng.enterprise.reporting.NewDailyReport;
import org.shuangsheng.shared.Paging;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "daily-reports", description = "一日一报表 Daily reports of resumed enterprises")
class DailyReportApiController {

    record Created(long id) {
    }

    private final DailyReports reports;

    DailyReportApiController(DailyReports reports) {
        this.reports = reports;
    }

    @PostMapping("/api/v1/enterprises/{id}/daily-reports")
    @Operation(summary = "File today's daily report (the district's date), or correct it the same day")
    ResponseEntity<Created> submitApi(@PathVariable long id, @RequestBody NewDailyReport report) {
        long saved = reports.submit(id, report);
        return ResponseEntity.created(URI.create("/api/v1/enterprises/" + id)).body(new Created(saved));
    }

    @GetMapping("/api/v1/daily-reports/completeness")
    @Operation(summary = "Expected, reported, late and missing daily reports of a day in the caller's scope;"
            + " the missing enterprises a page at a time (missingCount gives them all)")
    Completeness completenessApi(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @RequestParam(defaultValue = "" + Completeness.PAGE_SIZE) @Min(1) @Max(Completeness.MAX_PAGE_SIZE)
            int size) {
        return reports.completeness(date == null ? reports.todayInDistrict() : date, page, size);
    }
}
