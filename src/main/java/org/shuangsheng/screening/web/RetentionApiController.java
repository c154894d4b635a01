package org.shuangsheng.screening.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shuangsheng.screening.HealthRecordPurge;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/retention")
@Tag(name = "retention", description = "数据清除 Retention purge of health and travel records")
class RetentionApiController {

    record PurgeRequest(String reason) {
    }

    private final HealthRecordPurge purge;

    RetentionApiController(HealthRecordPurge purge) {
        this.purge = purge;
    }

    @GetMapping
    @Operation(summary = "How many records of the caller's scope a purge would touch now, and its cut-off")
    HealthRecordPurge.Counts preview() {
        return purge.preview();
    }

    @PostMapping("/purge")
    @Operation(summary = "Purge health and travel records older than the retention period, with a reason;"
            + " answers what was touched")
    HealthRecordPurge.Counts purge(@RequestBody PurgeRequest request) {
        return purge.purge(request.reason(), true);
    }
}
