package org.shuangsheng.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.shuangsheng.audit.internal.AuditChain;
import org.shuangsheng.audit.internal.AuditEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes the audit log: who (the signed-in user), when (UTC, from the platform's clock), from
 * where (the client address of the current request), what, on which object, and how it ended.
 *
 * <p>Each record is appended in its own transaction, so it stays when the caller's transaction
 * rolls back: a refused or failed action is logged as surely as a successful one. Recording
 * never throws into the caller's flow: if the database cannot take the record after a few
 * tries, the whole record goes to the application log at ERROR instead, on one line. (A null
 * action or outcome is a programming error and throws {@code NullPointerException}.)
 *
 * <p><strong>Never pass a resident ID number, a phone number, a password or a token</strong>,
 * in any argument: name the object by its id. Texts are cut to their column (detail: 500
 * characters), put on one line (line breaks and control characters become spaces, so a
 * log-forging payload cannot start a line of its own), and anything shaped like an ID or a
 * mobile number is masked as a last line of defence.
 */
@Service
public class AuditLog {

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);
    private static final int ATTEMPTS = 5;
    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private final AuditChain chain;
    private final Clock clock;

    AuditLog(AuditChain chain, Clock clock) {
        this.chain = chain;
        this.clock = clock;
    }

    /** Records an act of the signed-in user (or "anonymous") without further detail. */
    public void record(AuditAction action, String objectType, String objectId, AuditOutcome outcome) {
        record(action, objectType, objectId, outcome, null);
    }

    /**
     * Records an act of the signed-in user (or "anonymous").
     *
     * @param objectType what kind of object, e.g. {@code resident}, {@code region}
     * @param objectId its id; never an ID number or a phone number
     * @param detail up to 500 characters of context; never an ID number, a phone number, a
     *        password or a token
     */
    public void record(AuditAction action, String objectType, String objectId, AuditOutcome outcome, String detail) {
        record(currentUsername(), action, objectType, objectId, outcome, detail);
    }

    /**
     * Records an act of a named account, for when nobody is signed in yet (a login attempt,
     * names the account tried) or the act is the platform's own ({@code system}). Same rules
     * for every argument as {@link #record(AuditAction, String, String, AuditOutcome, String)}.
     */
    public void record(String username, AuditAction action, String objectType, String objectId,
            AuditOutcome outcome, String detail) {
        AuditEntry entry = new AuditEntry(clock.instant(), username, clientAddress(), action, objectType, objectId,
                outcome, detail);
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                chain.append(entry);
                return;
            } catch (TransientDataAccessException e) {
                if (attempt == ATTEMPTS) {
                    lost(entry, e);
                }
            } catch (RuntimeException e) {
                lost(entry, e);
                return;
            }
        }
    }

    private static void lost(AuditEntry entry, RuntimeException e) {
        log.error("Audit record could not be stored, kept here instead: {}", entry.describe(), e);
    }

    private static String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || TRUST.isAnonymous(authentication) || !authentication.isAuthenticated()) {
            return AuditEntry.ANONYMOUS;
        }
        return authentication.getName();
    }

    /**
     * The address the request came from as the servlet container sees it; behind a load
     * balancer the container must be told to trust its forwarding headers
     * ({@code server.forward-headers-strategy}), never the raw header, which a client can forge.
     */
    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
