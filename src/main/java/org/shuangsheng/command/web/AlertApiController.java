package org.shuangsheng.command.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.List;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.audit.AuditOutcome;
import org.shuangsheng.command.AlertFilter;
import org.shuangsheng.command.AlertSeverity;
import org.shuangsheng.command.AlertStatus;
import org.shuangsheng.command.AlertView;
import org.shuangsheng.command.internal.AlertDesk;
import org.shuangsheng.identity.BulkReads;
import org.shuangsheng.shared.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/alerts")
@Tag(name = "alerts", description = "告警 Alerts raised by the modules, within the caller's scope")
class AlertApiController {

    /** The optional note of an acknowledgement or a resolution. */
    record Note(String note) {
    }

    private final AlertDesk desk;
    private final BulkReads bulkReads;
    private final AuditLog audit;

    AlertApiController(AlertDesk desk, BulkReads bulkReads, AuditLog audit) {
        this.desk = desk;
        this.bulkReads = bulkReads;
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "Alerts in the caller's scope, open ones first, newest first; regionCode narrows to a"
            + " region's subtree (404 outside the scope); from/to are ISO days of raising; total in X-Total-Count")
    ResponseEntity<List<AlertView>> list(@RequestParam(required = false) AlertStatus status,
            @RequestParam(required = false) String regionCode, @RequestParam(required = false) String kind,
            @RequestParam(required = false) AlertSeverity severity,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size, HttpServletRequest request) {
        Page<AlertView> alerts = desk.list(new AlertFilter(status, kind, severity, regionCode, from, to),
                PageRequest.of(page, size));
        if (bulkReads.isBulk(request)) {
            audit.record(AuditAction.EXPORT, "alert", null, AuditOutcome.SUCCESS, "api region="
                    + (regionCode == null ? "" : regionCode) + " page=" + page + " size=" + size + " rows="
                    + alerts.getNumberOfElements());
        }
        return ResponseEntity.ok().header("X-Total-Count", Long.toString(alerts.getTotalElements()))
                .body(alerts.getContent());
    }

    @PostMapping("/{id}/acknowledge")
    @Operation(summary = "Take an OPEN alert on, with an optional note; a problem naming `status` when it is not OPEN")
    AlertView acknowledge(@PathVariable long id, @RequestBody(required = false) Note note) {
        return desk.acknowledge(id, note == null ? null : note.note());
    }

    @PostMapping("/{id}/resolve")
    @Operation(summary = "Close an OPEN or ACKNOWLEDGED alert, with an optional note; a problem naming `status`"
            + " when it is resolved already")
    AlertView resolve(@PathVariable long id, @RequestBody(required = false) Note note) {
        return desk.resolve(id, note == null ? null : note.note());
    }
}
