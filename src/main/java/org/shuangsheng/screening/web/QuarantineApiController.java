package org.shuangsheng.screening.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.audit.AuditOutcome;
import org.shuangsheng.identity.BulkReads;
import org.shuangsheng.screening.Confirmation;
import org.shuangsheng.screening.Dismissal;
import org.shuangsheng.screening.NewCheckIn;
import org.shuangsheng.screening.QuarantineList;
import org.shuangsheng.screening.QuarantineManagement;
import org.shuangsheng.screening.QuarantineQueries;
import org.shuangsheng.screening.QuarantineRow;
import org.shuangsheng.screening.QuarantineView;
import org.shuangsheng.screening.Release;
import org.shuangsheng.shared.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/quarantines")
@Tag(name = "quarantines", description = "隔离管控 Quarantine orders, check-ins and release")
class QuarantineApiController {

    private final QuarantineQueries queries;
    private final QuarantineManagement management;
    private final BulkReads bulkReads;
    private final AuditLog audit;

    QuarantineApiController(QuarantineQueries queries, QuarantineManagement management, BulkReads bulkReads,
            AuditLog audit) {
        this.queries = queries;
        this.management = management;
        this.bulkReads = bulkReads;
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "Quarantine orders of the caller's scope by list (status); names masked; total in X-Total-Count")
    ResponseEntity<List<QuarantineRow>> list(@RequestParam(defaultValue = "ACTIVE") QuarantineList status,
            @RequestParam(required = false) String regionCode, @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size, HttpServletRequest request) {
        Page<QuarantineRow> rows = queries.list(status, regionCode, PageRequest.of(page, size));
        if (bulkReads.isBulk(request)) {
            audit.record(AuditAction.EXPORT, "quarantine", null, AuditOutcome.SUCCESS, "api " + status + " region="
                    + (regionCode == null ? "" : regionCode) + " page=" + page + " size=" + size + " rows="
                    + rows.getNumberOfElements());
        }
        return ResponseEntity.ok().header("X-Total-Count", Long.toString(rows.getTotalElements()))
                .body(rows.getContent());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One quarantine order with its check-ins")
    QuarantineView one(@PathVariable long id) {
        return queries.one(id);
    }

    @PostMapping("/{id}/confirm")
    @Operation(summary = "Confirm a proposed order as HOME or CENTRAL quarantine (CENTRAL names its place)")
    QuarantineView confirm(@PathVariable long id, @RequestBody Confirmation body) {
        management.confirm(id, body);
        return queries.one(id);
    }

    @PostMapping("/{id}/dismiss")
    @Operation(summary = "Dismiss a proposed order, with a reason")
    QuarantineView dismiss(@PathVariable long id, @RequestBody Dismissal body) {
        management.dismiss(id, body);
        return queries.one(id);
    }

    @PostMapping("/{id}/check-ins")
    @Operation(summary = "Record the day's check-in (date blank for today; temperature 34-43)")
    QuarantineView checkIn(@PathVariable long id, @RequestBody NewCheckIn body) {
        management.checkIn(id, body);
        return queries.one(id);
    }

    @PostMapping("/{id}/release")
    @Operation(summary = "Record the release (解除隔离); before the planned end a note is required")
    QuarantineView release(@PathVariable long id, @RequestBody Release body) {
        management.release(id, body);
        return queries.one(id);
    }
}
