package org.shuangsheng.audit.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditChainVerifier;
import org.shuangsheng.audit.AuditEventView;
import org.shuangsheng.audit.AuditFilter;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.audit.AuditOutcome;
import org.shuangsheng.audit.AuditQueries;
import org.shuangsheng.shared.Paging;
import org.shuangsheng.shared.table.TableFormat;
import org.shuangsheng.shared.table.TableWriter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log for the district command: search by account, action and dates (days in the
 * district's zone), export of what is found, and a check of the hash chain.
 */
@Controller
@RequestMapping("/audit")
class AuditController {

    static final int PAGE_SIZE = 50;
    static final int EXPORT_MAX = 100_000;
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 30);

    private final AuditQueries queries;
    private final AuditChainVerifier verifier;
    private final AuditLog audit;
    private final MessageSource messages;
    private final ZoneId zone;

    AuditController(AuditQueries queries, AuditChainVerifier verifier, AuditLog audit, MessageSource messages,
            Clock clock) {
        this.queries = queries;
        this.verifier = verifier;
        this.audit = audit;
        this.messages = messages;
        this.zone = clock.getZone();
    }

    @GetMapping
    String list(@RequestParam(required = false) String user, @RequestParam(required = false) AuditAction action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page,
            HtmxRequest htmx, Model model) {
        Page<AuditEventView> events = queries.search(filter(user, action, from, to),
                PageRequest.of(Paging.page(page), PAGE_SIZE));
        model.addAttribute("rows", events.map(e -> new AuditRow(e, LocalDateTime.ofInstant(e.occurredAt(), zone))));
        model.addAttribute("user", user == null ? null : user.strip());
        model.addAttribute("action", action);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("zone", zone.getId());
        return htmx.isHtmxRequest() ? "audit/list :: results" : "audit/list";
    }

    /** What the list shows, newest first, at most 100,000 rows; the export is itself audited. */
    @GetMapping("/export")
    void export(@RequestParam(required = false) String user, @RequestParam(required = false) AuditAction action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            HttpServletResponse response) throws IOException {
        AuditFilter filter = filter(user, action, from, to);
        String description = describe(filter.username(), action, from, to);
        TableFormat.XLSX.prepareDownload(response, message("audit.export.fileName", LocalDate.now(zone)));
        int written;
        try (TableWriter writer = TableWriter.xlsx(response.getOutputStream())) {
            writer.sheet(message("audit.export.sheet")).header(List.of(message("audit.field.id"),
                    message("audit.field.time", zone.getId()), message("audit.field.username"),
                    message("audit.field.address"), message("audit.field.action"), message("audit.field.objectType"),
                    message("audit.field.objectId"), message("audit.field.outcome"), message("audit.field.detail"),
                    message("audit.field.utc")));
            written = queries.forEach(filter, EXPORT_MAX, event -> writer.row(Arrays.asList(event.id(),
                    LocalDateTime.ofInstant(event.occurredAt(), zone), event.username(), event.address(),
                    message("audit.action." + event.action()), event.objectType(), event.objectId(),
                    message("audit.outcome." + event.outcome()), event.detail(), event.occurredAt().toString())));
        } catch (RuntimeException | IOException e) {
            audit.record(AuditAction.EXPORT, "audit_event", null, AuditOutcome.FAILURE, description);
            throw e;
        }
        audit.record(AuditAction.EXPORT, "audit_event", null, AuditOutcome.SUCCESS,
                description + " rows=" + written + (written == EXPORT_MAX ? " (capped)" : ""));
    }

    @PostMapping("/verify")
    String verify(HtmxRequest htmx, Model model) {
        model.addAttribute("verification", verifier.verify());
        return htmx.isHtmxRequest() ? "audit/verify :: result" : "audit/verify";
    }

    private AuditFilter filter(String user, AuditAction action, LocalDate from, LocalDate to) {
        return new AuditFilter(user, action, from == null ? null : bounded(from).atStartOfDay(zone).toInstant(),
                to == null ? null : bounded(to).plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** A date typed with a year no record can have is as good as the first or last day of the range. */
    private static LocalDate bounded(LocalDate date) {
        return date.isBefore(EARLIEST) ? EARLIEST : date.isAfter(LATEST) ? LATEST : date;
    }

    /** The filters of an export, for its audit record. */
    static String describe(String user, AuditAction action, LocalDate from, LocalDate to) {
        StringBuilder text = new StringBuilder("filters:");
        if (user != null) {
            text.append(" user=").append(user);
        }
        if (action != null) {
            text.append(" action=").append(action);
        }
        if (from != null) {
            text.append(" from=").append(from);
        }
        if (to != null) {
            text.append(" to=").append(to);
        }
        return user == null && action == null && from == null && to == null ? "filters: none" : text.toString();
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
