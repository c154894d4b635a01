package org.shuangsheng.screening.web;

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
import org.shuangsheng.identity.BulkReads;
import org.shuangsheng.population.HouseholdRow;
import org.shuangsheng.screening.Coverage;
import org.shuangsheng.screening.HouseholdToRevisit;
import org.shuangsheng.screening.NewFinding;
import org.shuangsheng.screening.NewRound;
import org.shuangsheng.screening.NewVisit;
import org.shuangsheng.screening.RoundView;
import org.shuangsheng.screening.ScreeningManagement;
import org.shuangsheng.screening.ScreeningQueries;
import org.shuangsheng.screening.VisitView;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.Paging;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/screening-rounds")
@Tag(name = "screening", description = "网格化排查 Screening rounds, visits and coverage")
class RoundApiController {

    record VisitRequest(Long householdId, String visitedAt, String mode, String notes,
            List<FindingRequest> findings) {
    }

    record FindingRequest(Long residentId, Boolean present, String absenceReason, BigDecimal temperature,
            String symptoms, String travelledFrom, String arrivedOn, String transport, Boolean contactWithCase,
            String measures, Boolean temperatureRefused, String refusalReason) {
    }

    record Created(long id) {
    }

    private final ScreeningManagement management;
    private final ScreeningQueries queries;
    private final MessageSource messages;
    private final BulkReads bulkReads;
    private final AuditLog audit;

    RoundApiController(ScreeningManagement management, ScreeningQueries queries, MessageSource messages,
            BulkReads bulkReads, AuditLog audit) {
        this.bulkReads = bulkReads;
        this.audit = audit;
        this.management = management;
        this.queries = queries;
        this.messages = messages;
    }

    @PostMapping
    @Operation(summary = "Open a screening round over a region of the caller's scope")
    ResponseEntity<Created> open(@RequestBody NewRound round) {
        long id = management.openRound(round);
        return ResponseEntity.created(URI.create("/api/v1/screening-rounds/" + id)).body(new Created(id));
    }

    @GetMapping
    @Operation(summary = "Rounds whose region overlaps the caller's scope, latest first")
    List<RoundView> list() {
        return queries.rounds();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One round")
    RoundView one(@PathVariable long id) {
        return queries.round(id);
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Close a round: it takes no more visits; the caller's scope must hold its whole region")
    RoundView close(@PathVariable long id) {
        management.setRoundClosed(id, true);
        return queries.round(id);
    }

    @PostMapping("/{id}/reopen")
    @Operation(summary = "Open a closed round again")
    RoundView reopen(@PathVariable long id) {
        management.setRoundClosed(id, false);
        return queries.round(id);
    }

    @PostMapping("/{id}/visits")
    @Operation(summary = "Record a visit to a household with one finding per resident; send an Idempotency-Key "
            + "so that a re-sent visit is recorded once; a resident present at an IN_PERSON visit needs a temperature "
            + "or temperatureRefused with a refusalReason; 422 names each bad field (findings[1].temperature)")
    ResponseEntity<Created> visit(@PathVariable long id, @RequestBody VisitRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        List<NewFinding> findings = request.findings() == null ? List.of() : request.findings().stream()
                .map(f -> f == null ? null : new NewFinding(f.residentId(), f.present(), f.absenceReason(),
                        f.temperature() == null ? null : f.temperature().toPlainString(), f.symptoms(),
                        f.travelledFrom(), f.arrivedOn(), f.transport(), f.contactWithCase(), f.measures(),
                        f.temperatureRefused(), f.refusalReason()))
                .toList();
        NewVisit visit = new NewVisit(request.householdId(), request.visitedAt(), request.mode(), request.notes(),
                findings, key);
        long visitId;
        try {
            visitId = management.recordVisit(id, visit);
        } catch (DataIntegrityViolationException raced) {
            // The same key sent twice at once: the first one recorded it.
            visitId = management.visitRecordedWith(key).orElseThrow(() -> raced);
        }
        return ResponseEntity.created(URI.create("/api/v1/screening-rounds/" + id + "/visits/" + visitId))
                .body(new Created(visitId));
    }

    @GetMapping("/{id}/households/{householdId}/visits")
    @Operation(summary = "The visits of a household in the round, with findings (an audited read)")
    List<VisitView> visits(@PathVariable long id, @PathVariable long householdId) {
        return queries.visits(id, householdId);
    }

    @GetMapping("/{id}/coverage")
    @Operation(summary = "Households visited and residents seen in a region and each of its children")
    Coverage coverage(@PathVariable long id, @RequestParam(required = false) String regionCode) {
        return queries.coverage(id, regionCode);
    }

    @GetMapping("/{id}/unvisited")
    @Operation(summary = "Households of the region not yet visited in the round, grid by grid; "
            + "total in X-Total-Count; heads' names masked")
    ResponseEntity<List<HouseholdRow>> unvisited(@PathVariable long id,
            @RequestParam(required = false) String regionCode, @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size, HttpServletRequest request) {
        Page<HouseholdRow> rows = queries.unvisited(id, regionCode, page, size);
        if (bulkReads.isBulk(request)) {
            audit.record(AuditAction.EXPORT, "screening_round", Long.toString(id), AuditOutcome.SUCCESS,
                    "api unvisited region=" + (regionCode == null ? "" : regionCode) + " page=" + page + " size="
                    + size + " rows=" + rows.getNumberOfElements());
        }
        return ResponseEntity.ok().header("X-Total-Count", Long.toString(rows.getTotalElements()))
                .body(rows.getContent());
    }

    @GetMapping("/{id}/revisit")
    @Operation(summary = "Households of a grid visited in the round where a resident living there now has not been"
            + " seen, with how many; empty for a region above a grid; heads' names masked")
    List<HouseholdToRevisit> revisit(@PathVariable long id, @RequestParam String regionCode) {
        return queries.notAllSeen(id, regionCode);
    }

    /** A visit that breaks a rule is unprocessable content: 422, naming each bad field. */
    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        var locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage("problem.validation", null, "problem.validation", locale));
        problem.setTitle(messages.getMessage("problem.status.422", null, "Unprocessable Content", locale));
        problem.setProperty("errors", e.violations().stream()
                .map(v -> {
                    java.util.Map<String, Object> error = new java.util.LinkedHashMap<>();
                    error.put("field", v.field());
                    error.put("message", messages.getMessage(v.messageKey(), v.args(), v.messageKey(), locale));
                    return error;
                }).toList());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
