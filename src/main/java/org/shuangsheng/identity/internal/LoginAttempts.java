package org.shuangsheng.identity.internal;

import java.time.Clock;
import java.time.Duration;
import org.shuangsheng.identity.AccountLocked;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account after {@code shuangsheng.login.max-failures} wrong passwords in a row for
 * {@code shuangsheng.login.lock-duration}; while locked even the right password fails, with
 * the same message as any other failure.
 */
@Component
class LoginAttempts {

    private final UserAccountRepository accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;

    LoginAttempts(UserAccountRepository accounts, ApplicationEventPublisher events, Clock clock,
            @Value("${shuangsheng.login.max-failures:5}") int maxFailures,
            @Value("${shuangsheng.login.lock-duration:15m}") Duration lockDuration) {
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    @EventListener
    @Transactional
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        accounts.findByUsername(event.getAuthentication().getName()).ifPresent(account -> {
            if (account.recordFailedLogin(maxFailures, clock.instant(), lockDuration)) {
                events.publishEvent(new AccountLocked(account.getUsername(), clock.instant().plus(lockDuration)));
            }
        });
    }

    @EventListener
    @Transactional
    void succeeded(AuthenticationSuccessEvent event) {
        // A bearer-token request is not a sign-in; only password checks reset the count.
        if (event.getAuthentication() instanceof org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                && event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            accounts.findByUsername(principal.getUsername()).ifPresent(UserAccount::recordSuccessfulLogin);
        }
    }
}
