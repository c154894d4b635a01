package org.shuangsheng.enterprise.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.audit.AuditOutcome;
import org.shuangsheng.enterprise.workers.NewReturningWorker;
import org.shuangsheng.enterprise.workers.ReturningWorkerView;
import org.shuangsheng.enterprise.workers.ReturningWorkers;
import org.shuangsheng.enterprise.workers.WorkerRelease;
import org.shuangsheng.identity.BulkReads;
import org.shuangsheng.shared.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "returning-workers", description = "返岗人员 Enterprises' returning workers and their quarantine")
class ReturningWorkerApiController {

    /**
     * A worker as sent: dates yyyy-MM-dd, temperature in ℃ (34.0–43.0). The API takes the temperature
     * as a JSON number, where the page and {@link NewReturningWorker} have the text as typed.
     */
    record WorkerRequest(String name, String idNumber, String phone, String origin, String expectedReturnDate,
            String returnDate, String transport, Boolean contactWithCase, BigDecimal temperature, String symptoms,
            Boolean reportedToCommunity) {

        NewReturningWorker toNew() {
            return new NewReturningWorker(name, idNumber, phone, origin, expectedReturnDate, returnDate, transport,
                    contactWithCase, temperature == null ? null : temperature.toPlainString(), symptoms,
                    reportedToCommunity);
        }
    }

    private final ReturningWorkers workers;
    private final BulkReads bulkReads;
    private final AuditLog audit;

    ReturningWorkerApiController(ReturningWorkers workers, BulkReads bulkReads, AuditLog audit) {
        this.workers = workers;
        this.bulkReads = bulkReads;
        this.audit = audit;
    }

    @GetMapping("/api/v1/enterprises/{id}/returning-workers")
    @Operation(summary = "The enterprise's returning workers, masked; status EXPECTED, BACK, IN_QUARANTINE,"
            + " ENDING_TODAY, OVERDUE or RELEASED, all when absent")
    ResponseEntity<List<ReturningWorkerView>> list(@PathVariable long id,
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size, HttpServletRequest request) {
        Page<ReturningWorkerView> rows = workers.list(id, ReturningWorkerController.status(status),
                PageRequest.of(page, size));
        if (bulkReads.isBulk(request)) {
            audit.record(AuditAction.EXPORT, "enterprise-returning-worker", Long.toString(id), AuditOutcome.SUCCESS,
                    "api status=" + (status == null ? "" : status) + " page=" + page + " size=" + size + " rows="
                    + rows.getNumberOfElements());
        }
        return ResponseEntity.ok().header("X-Total-Count", Long.toString(rows.getTotalElements()))
                .body(rows.getContent());
    }

    @PostMapping("/api/v1/enterprises/{id}/returning-workers")
    @Operation(summary = "Adds a returning worker; answers the key area matched and the quarantine end the risk"
            + " rules give")
    ResponseEntity<ReturningWorkers.Saved> add(@PathVariable long id, @RequestBody WorkerRequest request) {
        ReturningWorkers.Saved saved = workers.add(id, request.toNew());
        return ResponseEntity.created(URI.create("/enterprises/" + id + "/returning-workers/" + saved.id()))
                .body(saved);
    }

    @PostMapping("/api/v1/returning-workers/{id}/release")
    @Operation(summary = "Records the release from quarantine on a day (today when absent); before the planned"
            + " end a note is needed")
    ResponseEntity<Void> release(@PathVariable long id, @RequestBody(required = false) WorkerRelease release) {
        String on = release == null || release.releasedOn() == null || release.releasedOn().isBlank()
                ? workers.today().toString() : release.releasedOn();
        workers.release(id, new WorkerRelease(on, release == null ? null : release.note()));
        return ResponseEntity.noContent().build();
    }
}
