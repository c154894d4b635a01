package org.shuangsheng.audit.internal;

import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.audit.AuditOutcome;
import org.shuangsheng.identity.AccountChanged;
import org.shuangsheng.identity.AccountLocked;
import org.shuangsheng.identity.PersonalDataReencrypted;
import org.shuangsheng.identity.PersonalDataRevealed;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

/**
 * Records what the identity module reports: a lockout after too many failed sign-ins, every
 * change an administrator (or the user, for its own password) makes, and every reveal of a
 * person's full ID number or phone with its reason, and every run of the re-encryption of
 * personal data.
 */
@Component
class AccountEventAuditor {

    private final AuditLog audit;

    AccountEventAuditor(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void locked(AccountLocked event) {
        // Nobody is signed in while a sign-in fails: the record names the locked account.
        audit.record(event.username(), AuditAction.LOCKOUT, SecurityEventAuditor.ACCOUNT, event.username(),
                AuditOutcome.SUCCESS, "locked until " + event.until());
    }

    /** After commit: an import that rolls back leaves no record of accounts that never existed. */
    @TransactionalEventListener(fallbackExecution = true)
    void changed(AccountChanged event) {
        audit.record(action(event.change()), SecurityEventAuditor.ACCOUNT, event.username(), AuditOutcome.SUCCESS,
                event.detail() == null ? event.change() : event.change() + " " + event.detail());
    }

    /**
     * Synchronous and before the value is shown: a reveal that cannot be recorded would still be
     * logged to the application log by AuditLog, never silently lost.
     */
    @EventListener
    void revealed(PersonalDataRevealed event) {
        audit.record(event.username(), AuditAction.REVEAL, event.objectType(), event.objectId(), AuditOutcome.SUCCESS,
                event.field() + ": " + event.reason());
    }

    /** A run of the re-encryption, by the platform itself: counts only. */
    @EventListener
    void reencrypted(PersonalDataReencrypted event) {
        audit.record("system", AuditAction.UPDATE, "personal-data", event.target(),
                event.unreadable() == 0 ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE,
                "re-encryption " + (event.finished() ? "finished" : "stopped") + ": " + event.moved() + " rows moved, "
                        + event.unreadable() + " unreadable, " + event.tables() + " of " + event.tablesDeclared()
                        + " tables");
    }

    static AuditAction action(String change) {
        return switch (change == null ? "" : change) {
            case "ROLE_CHANGED", "GRANT_APPROVED" -> AuditAction.ROLE_CHANGE;
            case "PASSWORD_RESET", "PASSWORD_CHANGED" -> AuditAction.PASSWORD_CHANGE;
            default -> AuditAction.USER_CHANGE;
        };
    }
}
