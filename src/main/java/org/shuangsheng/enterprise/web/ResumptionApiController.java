package org.shuangsheng.enterprise.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shuangsheng.enterprise.reporting.ResumptionProgress;
import org.shuangsheng.enterprise.reporting.ResumptionStatistics;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "enterprises", description = "复工复产 Enterprises and their resumption filings")
class ResumptionApiController {

    private final ResumptionStatistics statistics;

    ResumptionApiController(ResumptionStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/api/v1/enterprises/resumption")
    @Operation(summary = "Resumption progress of a day (default today) in the caller's scope: enterprises not"
            + " closed, resumed, major projects, registered staff and staff on site, in total, by subdistrict and"
            + " by industry section; rates in percent to one decimal")
    ResumptionProgress progress(@RequestParam(required = false) String date) {
        return statistics.progress(statistics.day(date));
    }
}
