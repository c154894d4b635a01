package org.shuangsheng.identity;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * "Break the glass": personal data is shown masked, and showing it in full is a deliberate,
 * logged act of a role that may, with a typed reason. The caller has already checked that the
 * record lies in the user's scope (it could not have loaded it otherwise); this checks the
 * role and the reason and leaves the record in the audit log before the value is shown.
 */
@Service
public class PersonalDataReveal {

    static final int MIN_REASON = 4;
    static final int MAX_REASON = 200;

    private final ApplicationEventPublisher events;

    PersonalDataReveal(ApplicationEventPublisher events) {
        this.events = events;
    }

    /**
     * Allows one reveal or refuses it: an AccessDeniedException for a role that may not, an
     * InvalidInputException on the field {@code reason} when the reason is missing or too short.
     */
    public void authorize(String objectType, String objectId, String field, String reason) {
        Scope scope = CurrentUser.scope().orElseThrow(() -> new AccessDeniedException("not signed in"));
        if (!IdentityPolicy.REVEALERS.allows(scope.role())) {
            throw new AccessDeniedException("role may not reveal personal data");
        }
        String why = reason == null ? "" : reason.strip().replaceAll("\\p{Cntrl}", " ");
        if (why.codePointCount(0, why.length()) < MIN_REASON) {
            throw new org.shuangsheng.shared.InvalidInputException("reason", "reveal.reason.required", MIN_REASON);
        }
        if (why.length() > MAX_REASON) {
            why = why.substring(0, MAX_REASON);
        }
        events.publishEvent(new PersonalDataRevealed(scope.username(), objectType, objectId, field, why));
    }
}
