package org.shuangsheng.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditEventView;
import org.shuangsheng.audit.AuditFilter;
import org.shuangsheng.audit.AuditQueries;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.InvalidInputException.Violation;
import org.shuangsheng.shared.Paging;
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

    AuditApiController(AuditQueries queries, Clock clock) {
        this.queries = queries;
        this.zone = clock.getZone();
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
        List<Violation> violations = new ArrayList<>();
        AuditAction parsedAction = action(action, violations);
        Instant start = moment(from, "from", false, violations);
        Instant end = moment(to, "to", true, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Page<AuditEventView> events = queries.search(new AuditFilter(user, parsedAction, start, end),
                PageRequest.of(page, size));
        return ResponseEntity.ok()
                .header("X-Total-Count", Long.toString(events.getTotalElements()))
                .body(events.getContent());
    }

    private static AuditAction action(String value, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return AuditAction.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(new Violation("action", "audit.action.unknown"));
            return null;
        }
    }

    /** A date is a whole day of the district: its start, or for an end the start of the next day. */
    private Instant moment(String value, String field, boolean end, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        Instant moment;
        try {
            if (text.length() == 10) {
                LocalDate date = LocalDate.parse(text);
                moment = (end ? date.plusDays(1) : date).atStartOfDay(zone).toInstant();
            } else {
                moment = parseDateTime(text);
            }
        } catch (DateTimeParseException e) {
            moment = null;
        }
        if (moment == null || moment.isBefore(EARLIEST) || moment.isAfter(LATEST)) {
            violations.add(new Violation(field, "audit.date.invalid"));
            return null;
        }
        return moment;
    }

    private Instant parseDateTime(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            return LocalDateTime.parse(text).atZone(zone).toInstant();
        }
    }
}
