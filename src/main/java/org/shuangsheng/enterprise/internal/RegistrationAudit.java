package org.shuangsheng.enterprise.internal;

import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.audit.AuditOutcome;
import org.shuangsheng.enterprise.EnterpriseStatusChanged;
import org.shuangsheng.enterprise.registration.EnterpriseResumed;
import org.shuangsheng.enterprise.registration.FilingAmended;
import org.shuangsheng.enterprise.registration.FilingReturned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Audits the registration steps that publish an event: amending and returning a filing, resuming
 * and changing an enterprise's status. A plain {@link EventListener} for the reasons given on
 * {@link ServiceRequestAudit}: run in the acting request's thread, the entry names the signed-in
 * user and is written even if the action then rolls back.
 */
@Component
class RegistrationAudit {

    private static final String ENTERPRISE = "enterprise";
    private static final String FILING = "enterprise-filing";

    private final AuditLog audit;

    RegistrationAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(FilingAmended event) {
        updated(FILING, event.enterpriseId(), "amended (" + event.amendments() + ")");
    }

    @EventListener
    void on(FilingReturned event) {
        updated(FILING, event.enterpriseId(), "returned");
    }

    @EventListener
    void on(EnterpriseResumed event) {
        updated(ENTERPRISE, event.enterpriseId(), "resumed on " + event.resumedOn());
    }

    @EventListener
    void on(EnterpriseStatusChanged event) {
        updated(ENTERPRISE, event.enterpriseId(), "status " + event.from() + " -> " + event.to());
    }

    private void updated(String objectType, long enterpriseId, String detail) {
        audit.record(AuditAction.UPDATE, objectType, Long.toString(enterpriseId), AuditOutcome.SUCCESS, detail);
    }
}
