package org.shuangsheng.population.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.audit.AuditOutcome;
import org.shuangsheng.audit.AuditQueries;
import org.shuangsheng.command.AlertSeverity;
import org.shuangsheng.command.Alerts;
import org.shuangsheng.command.NewAlert;
import org.shuangsheng.identity.DataScope;
import org.shuangsheng.identity.DataScopes;
import org.shuangsheng.shared.InvalidInputException.Violation;
import org.shuangsheng.shared.ThrottledException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The answer to a registration that repeats an ID number already in the registry, given so that
 * it cannot serve as an oracle for the digits a masked number hides. Inside the caller's scope
 * it says the number is registered (the caller may look the person up anyway); outside, only
 * that the person cannot be registered here and the subdistrict should be asked. Every refusal
 * is audited, and refusals outside the scope are a budget per user and hour, counted in the audit
 * log so that it holds across instances: past it, registration waits and the command centre is
 * alerted.
 */
@Component
public class DuplicateIdNumbers {

    /** The audit object type of a refused duplicate; the budget counts these rows. */
    public static final String AUDIT_TYPE = "id-number";
    static final String ALERT_KIND = "population.idChecks";
    private static final Duration WINDOW = Duration.ofHours(1);
    private static final String OUTSIDE = "registered outside the caller's scope";

    private final ResidentRepository residents;
    private final DataScopes scopes;
    private final AuditLog audit;
    private final AuditQueries auditQueries;
    private final Alerts alerts;
    private final Clock clock;
    private final int perHour;
    private final TransactionTemplate alone;

    DuplicateIdNumbers(ResidentRepository residents, DataScopes scopes, AuditLog audit, AuditQueries auditQueries,
            Alerts alerts, Clock clock, PlatformTransactionManager transactions,
            @Value("${shuangsheng.population.foreign-duplicates-per-hour:10}") int perHour) {
        this.alone = new TransactionTemplate(transactions);
        this.alone.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.residents = residents;
        this.scopes = scopes;
        this.audit = audit;
        this.auditQueries = auditQueries;
        this.alerts = alerts;
        this.clock = clock;
        this.perHour = perHour;
    }

    /**
     * Refuses the caller, before any number is looked up, once it has been told "cannot be
     * registered here" {@code perHour} times in the last hour; the first refusal raises an alert
     * for the grid the caller was registering into.
     */
    public void requireBudget(String gridCode, String gridPath) {
        String username = username();
        Instant now = clock.instant();
        long used = auditQueries.count(username, AUDIT_TYPE, AuditOutcome.DENIED, now.minus(WINDOW));
        if (used < perHour) {
            return;
        }
        LocalDate day = LocalDate.ofInstant(now, ZoneId.of("Asia/Shanghai"));
        // Its own transaction: the refusal below rolls back the registration, not the alert.
        alone.executeWithoutResult(status -> alerts.raise(new NewAlert(ALERT_KIND, AlertSeverity.WARNING, gridCode,
                gridPath, "population.alert.idChecks", List.of(username, Long.toString(used)),
                "/audit?username=" + username, "id-checks-" + username + "-" + day)));
        throw new ThrottledException("population.idChecks.throttled", WINDOW);
    }

    /**
     * The violation for {@code field} when the number behind {@code hashes} (its hash under every
     * suite) is registered, audited; else empty.
     */
    public Optional<Violation> check(List<String> hashes, String field) {
        List<Object[]> places = residents.placeOfIdNumber(hashes);
        if (places.isEmpty()) {
            return Optional.empty();
        }
        Object[] place = places.get(0);
        boolean inside = scopes.current() instanceof DataScope.Regions regions && regions.covers((String) place[1]);
        audit.record(AuditAction.CREATE, AUDIT_TYPE, place[0].toString(),
                inside ? AuditOutcome.FAILURE : AuditOutcome.DENIED,
                inside ? "registered within the caller's scope" : OUTSIDE);
        return Optional.of(new Violation(field,
                inside ? "population.idNumber.registered" : "population.idNumber.unavailable"));
    }

    /**
     * The message key for a number a roster repeats, registered at {@code path}; the import
     * audits its refusals once with {@link #auditImport}.
     */
    public String messageKeyFor(String path) {
        boolean inside = scopes.current() instanceof DataScope.Regions regions && regions.covers(path);
        return inside ? "population.idNumber.registered" : "population.idNumber.unavailable";
    }

    /** One audit line for the numbers a roster repeated from outside the caller's scope. */
    public void auditImport(int outside) {
        if (outside > 0) {
            audit.record(AuditAction.IMPORT, AUDIT_TYPE, null, AuditOutcome.DENIED,
                    "roster import: " + outside + " ID numbers " + OUTSIDE);
        }
    }

    private static String username() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "anonymous" : authentication.getName();
    }
}
