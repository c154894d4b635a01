package org.shuangsheng.audit.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.aopalliance.intercept.MethodInvocation;
import org.shuangsheng.audit.AuditAction;
import org.shuangsheng.audit.AuditLog;
import org.shuangsheng.audit.AuditOutcome;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Turns Spring Security's events into audit records: sign-ins (by the login form and by
 * {@code POST /api/v1/auth/token}, the two callers of the authentication manager; a request
 * that carries a bearer token signs in without it and is not logged), failed sign-ins with
 * the account name tried, sign-outs, and refused requests of signed-in users.
 *
 * <p>A request refused only because nobody is signed in (the way to the login page, a 401 of
 * the API) is not recorded: it is no breach of a rule, and recording it would let anyone fill
 * the log and queue on its lock without an account.
 */
@Component
class SecurityEventAuditor {

    static final String ACCOUNT = "account";
    static final String ROUTE = "route";
    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private final AuditLog audit;

    SecurityEventAuditor(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        audit.record(username, AuditAction.LOGIN, ACCOUNT, username, AuditOutcome.SUCCESS, requestPath());
    }

    @EventListener
    void signInFailed(AbstractAuthenticationFailureEvent event) {
        // The account name tried, not personal data: it is what the person typed as a user name.
        String tried = event.getAuthentication().getName();
        String reason = event.getClass().getSimpleName().replace("AuthenticationFailure", "").replace("Event", "");
        String path = requestPath();
        audit.record(tried, AuditAction.LOGIN_FAILED, ACCOUNT, tried, AuditOutcome.FAILURE,
                path == null ? reason : reason + " " + path);
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        String username = event.getAuthentication().getName();
        audit.record(username, AuditAction.LOGOUT, ACCOUNT, username, AuditOutcome.SUCCESS, null);
    }

    @EventListener
    void denied(AuthorizationDeniedEvent<?> event) {
        Authentication authentication = signedIn(event);
        if (authentication == null || TRUST.isAnonymous(authentication) || !authentication.isAuthenticated()) {
            return;
        }
        Object object = event.getObject();
        if (object instanceof RequestAuthorizationContext context) {
            object = context.getRequest();
        }
        if (object instanceof HttpServletRequest request) {
            audit.record(authentication.getName(), AuditAction.ACCESS_DENIED, ROUTE, path(request),
                    AuditOutcome.DENIED, request.getMethod());
        } else if (object instanceof MethodInvocation invocation) {
            audit.record(authentication.getName(), AuditAction.ACCESS_DENIED, "method",
                    invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                            + invocation.getMethod().getName(), AuditOutcome.DENIED, null);
        } else {
            audit.record(authentication.getName(), AuditAction.ACCESS_DENIED,
                    object == null ? null : object.getClass().getSimpleName(), null, AuditOutcome.DENIED, null);
        }
    }

    private static Authentication signedIn(AuthorizationDeniedEvent<?> event) {
        try {
            return event.getAuthentication().get();
        } catch (RuntimeException e) {
            return null; // nobody at all in the security context
        }
    }

    /** The path of the current request, without its query (which is not ours to log). */
    private static String requestPath() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return path(attributes.getRequest());
        }
        return null;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
