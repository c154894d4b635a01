package org.shuangsheng.enterprise.internal;

import java.util.List;
import java.util.Locale;
import org.shuangsheng.enterprise.registration.FilingReturned;
import org.shuangsheng.enterprise.greenchannel.ServiceRequestAccepted;
import org.shuangsheng.enterprise.greenchannel.ServiceRequestResolved;
import org.shuangsheng.enterprise.greenchannel.ServiceRequestSubmitted;
import org.shuangsheng.identity.AccountManagement;
import org.shuangsheng.identity.Department;
import org.shuangsheng.notification.NotificationRequest;
import org.shuangsheng.notification.Notifications;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the people concerned when the task force acts: the liaison of an enterprise whose
 * filing was returned or whose green-channel request was accepted or resolved, and the
 * department a new request is routed to. Messages go through the notification outbox in the
 * district's language; the outbox masks any ID number or mobile a reason might quote. The dedup
 * keys make a redelivered event send nothing twice.
 */
@Component
class EnterpriseNotices {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    /** Room for the reason in a body of at most 1000 characters, with the enterprise's name around it. */
    private static final int MAX_REASON = 600;

    private final EnterpriseRepository enterprises;
    private final AccountManagement accounts;
    private final Notifications notifications;
    private final MessageSource messages;

    EnterpriseNotices(EnterpriseRepository enterprises, AccountManagement accounts, Notifications notifications,
            MessageSource messages) {
        this.enterprises = enterprises;
        this.accounts = accounts;
        this.notifications = notifications;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(FilingReturned event) {
        String name = name(event.enterpriseId());
        // A filing may be returned again after an amendment: each return is its own message.
        toLiaisons(event.enterpriseId(), event.regionPath(), text("enterprise.notice.filingReturned.subject", name),
                text("enterprise.notice.filingReturned.body", name, cut(event.reason(), MAX_REASON)),
                "enterprise-filing/" + event.enterpriseId() + "/returned/" + event.returnedAt().toEpochMilli());
    }

    @ApplicationModuleListener
    void on(ServiceRequestAccepted event) {
        String name = name(event.enterpriseId());
        toLiaisons(event.enterpriseId(), event.regionPath(),
                text("enterprise.request.notice.accepted.subject", name),
                text("enterprise.request.notice.accepted.body", name, category(event.category()),
                        department(event.department()), link(event.requestId())),
                "enterprise-request/" + event.requestId() + "/accepted");
    }

    @ApplicationModuleListener
    void on(ServiceRequestResolved event) {
        String name = name(event.enterpriseId());
        toLiaisons(event.enterpriseId(), event.regionPath(),
                text("enterprise.request.notice.resolved.subject", name),
                text("enterprise.request.notice.resolved.body", name, category(event.category()),
                        link(event.requestId())),
                "enterprise-request/" + event.requestId() + "/resolved");
    }

    @ApplicationModuleListener
    void on(ServiceRequestSubmitted event) {
        String name = name(event.enterpriseId());
        String urgency = text("enterprise.request.urgency." + event.urgency());
        String subject = text("enterprise.request.notice.submitted.subject", urgency, category(event.category()),
                name);
        String body = text("enterprise.request.notice.submitted.body", name, category(event.category()), urgency,
                link(event.requestId()));
        for (String username : accounts.departmentMembersFor(event.department(), event.regionPath())) {
            notifications.send(new NotificationRequest(username, null, event.regionPath(), cut(subject, 100), body,
                    null, "enterprise-request/" + event.requestId() + "/submitted/" + username));
        }
    }

    private void toLiaisons(long enterpriseId, String regionPath, String subject, String body, String dedupKey) {
        for (String username : accounts.liaisonsOf(enterpriseId)) {
            notifications.send(new NotificationRequest(username, null, regionPath, cut(subject, 100), body, null,
                    dedupKey + "/" + username));
        }
    }

    private String name(long enterpriseId) {
        return enterprises.findById(enterpriseId).map(Enterprise::getName).orElse("#" + enterpriseId);
    }

    private String category(org.shuangsheng.enterprise.greenchannel.ServiceCategory category) {
        return text("enterprise.request.category." + category);
    }

    private String department(Department department) {
        return text("department." + department);
    }

    private static String link(long requestId) {
        return "/enterprises/requests/" + requestId;
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, CHINESE);
    }
}
