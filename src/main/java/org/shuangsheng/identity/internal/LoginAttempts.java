package org.shuangsheng.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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

    /** Failures against usernames that do not exist, counted alike so that a wait names no account. */
    private record Streak(int failures, Instant next) {
    }

    private static final int MAX_UNKNOWN = 10_000;

    private final Map<String, Streak> unknown = new ConcurrentHashMap<>();
    private final UserAccountRepository accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SignInDelays delays;

    LoginAttempts(UserAccountRepository accounts, ApplicationEventPublisher events, Clock clock,
            @Value("${shuangsheng.login.max-failures:5}") int maxFailures,
            @Value("${shuangsheng.login.first-delay:1s}") Duration firstDelay,
            @Value("${shuangsheng.login.max-delay:5m}") Duration maxDelay) {
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
        this.delays = new SignInDelays(maxFailures, firstDelay, maxDelay);
    }

    /** How long the next sign-in with this username must still wait, if at all. */
    @Transactional(readOnly = true)
    public Optional<Duration> waitBeforeSignIn(String username) {
        Instant now = clock.instant();
        Optional<Instant> next = accounts.findByUsername(username).map(account -> account.nextSignInAt(now))
                .orElseGet(() -> Optional.ofNullable(unknown.get(username)).map(Streak::next)
                        .filter(now::isBefore));
        return next.map(at -> Duration.between(now, at));
    }

    /** Counts a wrong password or code; the failure that starts the waits is reported. */
    @Transactional
    void failed(UserAccount account) {
        Instant now = clock.instant();
        if (account.recordFailedLogin(delays, now)) {
            events.publishEvent(new AccountLocked(account.getUsername(), account.nextSignInAt(now).orElse(now)));
        }
    }

    @EventListener
    @Transactional
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        accounts.findByUsername(username).ifPresentOrElse(this::failed, () -> failedUnknown(username));
    }

    private void failedUnknown(String username) {
        Instant now = clock.instant();
        if (unknown.size() >= MAX_UNKNOWN) {
            unknown.values().removeIf(streak -> streak.next() == null || !now.isBefore(streak.next().plus(delays.max())));
            if (unknown.size() >= MAX_UNKNOWN) {
                // Memory stays bounded; at worst guessed names forget their count early.
                unknown.clear();
            }
        }
        unknown.compute(username, (name, streak) -> {
            int failures = streak == null ? 1 : streak.failures() + 1;
            return new Streak(failures, delays.after(failures).map(now::plus).orElse(null));
        });
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
