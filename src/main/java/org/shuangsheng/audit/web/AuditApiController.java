package org.shuangsheng.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditEventView;
import org.shuangsheng.audit.AuditFilter;
import org.shuangsheng.audit.AuditQueries;
import org.shuangsheng.shared.Paging;
import org.shuangsheng.shared.TypedText;
import org.shuangsheng.shared.validation.IsoDateTimeValidator;
import org.shuangsheng.shared.validation.IsoDateValidator;
import org.shuangsheng.shared.validation.Violations;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit-events")
@Tag(name = "audit", description = "审计日志 The audit log")
class AuditApiController {

    /** Dates outside these years are typing errors, and some would not fit a database timestamp. */
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    private final AuditQueries queries;
    private final ZoneId zone;
    private final Validator validator;

    AuditApiController(AuditQueries queries, Clock clock, Validator validator) {
        this.queries = queries;
        this.zone = clock.getZone();
        this.validator = validator;
    }

    @GetMapping
    @Operation(summary = "Audit events, newest first; total in X-Total-Count")
    ResponseEntity<List<AuditEventView>> list(
            @Parameter(description = "exact account name") @RequestParam(required = false) String user,
            @Parameter(description = "one of the audit actions, e.g. LOGIN_FAILED")
            @RequestParam(required = false) String action,
            @Parameter(description = "from this moment on (inclusive): an ISO date (start of that day in the"
                    + " district's zone) or date-time (with offset, or local to the district)")
            @RequestParam(required = false) String from,
            @Parameter(description = "up to this moment (exclusive): an ISO date (the whole day included)"
                    + " or date-time") @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @RequestParam(defaultValue = "100") @Min(1) @Max(AuditQueries.MAX_PAGE_SIZE) int size) {
        AuditPeriod period = new AuditPeriod(action, from, to);
        Violations violations = Violations.of(validator, period);
        AuditAction parsedAction = TypedText.stripped(action) == null ? null : Arrays.stream(AuditAction.values())
                .filter(a -> a.name().equalsIgnoreCase(TypedText.stripped(action))).findFirst().orElse(null);
        Instant start = violations.refused("from") ? null : moment(from, false);
        Instant end = violations.refused("to") ? null : moment(to, true);
        if (outOfRange(start)) {
            violations.add("from", "audit.date.invalid");
        }
        if (outOfRange(end)) {
            violations.add("to", "audit.date.invalid");
        }
        violations.throwIfAny();
        Page<AuditEventView> events = queries.search(new AuditFilter(user, parsedAction, start, end),
                PageRequest.of(page, size));
        return ResponseEntity.ok()
                .header("X-Total-Count", Long.toString(events.getTotalElements()))
                .body(events.getContent());
    }

    /** A date is a whole day of the district: its start, or for an end the start of the next day. */
    private Instant moment(String value, boolean end) {
        LocalDate date = IsoDateValidator.parse(value);
        return date == null ? IsoDateTimeValidator.parse(value, zone)
                : (end ? date.plusDays(1) : date).atStartOfDay(zone).toInstant();
    }

    /**
     * In the district's zone the first day of 1900 may begin before the earliest moment the log
     * takes, so the range is checked once the zone has made the text a moment, not by the field's
     * constraint.
     */
    private static boolean outOfRange(Instant moment) {
        return moment != null && (moment.isBefore(EARLIEST) || moment.isAfter(LATEST));
    }
}
