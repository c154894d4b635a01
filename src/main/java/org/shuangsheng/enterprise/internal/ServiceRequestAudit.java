package org.shuangsheng.enterprise.internal;

import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.audit.AuditOutcome;
import org.shuangsheng.enterprise.greenchannel.ServiceRequestAccepted;
import org.shuangsheng.enterprise.greenchannel.ServiceRequestResolved;
import org.shuangsheng.enterprise.greenchannel.ServiceRequestStatus;
import org.shuangsheng.enterprise.greenchannel.ServiceRequestSubmitted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Audits the green-channel steps that publish an event. A plain {@link EventListener} on purpose:
 * it runs in the acting request's thread when the event is published, so the entry names the
 * signed-in user and client address, and it is written (in the audit log's own transaction) even
 * if the action then rolls back, as every audited act is. An {@code @ApplicationModuleListener}
 * runs after commit on another thread: it would record "anonymous", and nothing at all for an
 * action that failed after publishing.
 */
@Component
class ServiceRequestAudit {

    private static final String REQUEST = "enterprise-request";

    private final AuditLog audit;

    ServiceRequestAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(ServiceRequestSubmitted event) {
        audit.record(AuditAction.CREATE, REQUEST, Long.toString(event.requestId()), AuditOutcome.SUCCESS,
                event.category() + " " + event.urgency() + " -> " + event.department());
    }

    @EventListener
    void on(ServiceRequestAccepted event) {
        moved(event.requestId(), ServiceRequestStatus.SUBMITTED, ServiceRequestStatus.ACCEPTED);
    }

    @EventListener
    void on(ServiceRequestResolved event) {
        moved(event.requestId(), ServiceRequestStatus.ACCEPTED, ServiceRequestStatus.RESOLVED);
    }

    private void moved(long requestId, ServiceRequestStatus from, ServiceRequestStatus to) {
        audit.record(AuditAction.UPDATE, REQUEST, Long.toString(requestId), AuditOutcome.SUCCESS, from + " -> " + to);
    }
}
