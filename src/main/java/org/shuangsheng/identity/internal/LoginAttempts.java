package org.shuangsheng.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.shuangsheng.identity.AccountLocked;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed sign-ins of an account, by password or one-time code. After
 * {@code shuangsheng.login.max-failures} in a row each further try must wait, from
 * {@code first-delay} doubling up to {@code max-delay}; a try during the wait is refused before
 * the password is even checked. The wait concerns new sign-ins only: tokens and sessions the
 * owner already holds keep working, since the failures may be anyone's. Guessing from one
 * address is held back separately by the per-address limit.
 */
@Component
public class LoginAttempts {

    private final UserAccountRepository accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int maxFailures;
    private final Duration firstDelay;
    private final Duration maxDelay;

    LoginAttempts(UserAccountRepository accounts, ApplicationEventPublisher events, Clock clock,
            @Value("${shuangsheng.login.max-failures:5}") int maxFailures,
            @Value("${shuangsheng.login.first-delay:1s}") Duration firstDelay,
            @Value("${shuangsheng.login.max-delay:5m}") Duration maxDelay) {
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
    }

    /** How long the account must still wait before its next sign-in may be tried, if at all. */
    @Transactional(readOnly = true)
    public Optional<Duration> waitBeforeSignIn(String username) {
        Instant now = clock.instant();
        return accounts.findByUsername(username).flatMap(account -> account.nextSignInAt(now))
                .map(next -> Duration.between(now, next));
    }

    /** Counts a wrong password or code; the failure that starts the waits is reported. */
    @Transactional
    void failed(UserAccount account) {
        Instant now = clock.instant();
        if (account.recordFailedLogin(maxFailures, now, firstDelay, maxDelay)) {
            events.publishEvent(new AccountLocked(account.getUsername(), account.nextSignInAt(now).orElse(now)));
        }
    }

    @EventListener
    @Transactional
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        accounts.findByUsername(event.getAuthentication().getName()).ifPresent(this::failed);
    }

    @EventListener
    @Transactional
    void succeeded(AuthenticationSuccessEvent event) {
        // A bearer-token request is not a sign-in; only password checks reset the count. With a
        // second factor only the right code does, or anyone holding the password could wipe the
        // count of wrong codes by signing in again before each guess.
        if (event.getAuthentication() instanceof org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                && event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal
                && !principal.hasSecondFactor()) {
            accounts.findByUsername(principal.getUsername()).ifPresent(UserAccount::recordSuccessfulLogin);
        }
    }
}
