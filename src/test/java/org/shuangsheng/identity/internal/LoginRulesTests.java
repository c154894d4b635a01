package org.shuangsheng.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shuangsheng.identity.Role;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/** The rules of sign-in, with no Spring context: waits after failures, throttle, session limits, password policy. */
class LoginRulesTests {

    static final Instant NOW = Instant.parse("2020-03-18T00:00:00Z");

    UserAccount account() {
        UserAccount account = new UserAccount("someone", "某人", "{noop}x", Role.GRID_WORKER, Set.of("23050600100101"),
                null, null, false, NOW);
        org.springframework.test.util.ReflectionTestUtils.setField(account, "id", 42L);
        return account;
    }

    static final SignInDelays DELAYS = new SignInDelays(5, Duration.ofSeconds(1), Duration.ofMinutes(5));

    @Test
    void afterFiveFailuresEachFurtherTryWaitsTwiceAsLongUpToACap() {
        UserAccount account = account();
        Instant now = NOW;
        for (int i = 1; i <= 4; i++) {
            assertThat(account.recordFailedLogin(DELAYS, now)).isFalse();
            assertThat(account.nextSignInAt(now)).isEmpty();
        }
        // The fifth failure is the one reported; later ones only lengthen the wait.
        assertThat(account.recordFailedLogin(DELAYS, now)).isTrue();
        List<Long> waits = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Instant next = account.nextSignInAt(now).orElseThrow();
            waits.add(Duration.between(now, next).toSeconds());
            assertThat(account.isLockedAt(next)).isFalse();
            now = next;
            assertThat(account.recordFailedLogin(DELAYS, now)).isFalse();
        }
        assertThat(waits).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 300L, 300L, 300L);
    }

    @Test
    void aSuccessfulSignInClearsTheCount() {
        UserAccount account = account();
        for (int i = 0; i < 5; i++) {
            account.recordFailedLogin(DELAYS, NOW);
        }
        account.recordSuccessfulLogin();
        assertThat(account.nextSignInAt(NOW)).isEmpty();
        assertThat(account.recordFailedLogin(DELAYS, NOW)).isFalse();
        assertThat(account.nextSignInAt(NOW)).isEmpty();
    }

    @Test
    void oneAddressGets429WithRetryAfterOnceItsAttemptsAreSpent() throws Exception {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("problem.throttled", java.util.Locale.SIMPLIFIED_CHINESE, "请 {0} 秒后再试。");
        RateLimit throttle = RateLimit.signIns(Clock.fixed(NOW, ZoneOffset.UTC), 3, Duration.ofMinutes(5),
                messages, new FixedLocaleResolver(java.util.Locale.SIMPLIFIED_CHINESE));
        for (int i = 1; i <= 4; i++) {
            MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
            request.setRemoteAddr("10.9.8.7");
            MockHttpServletResponse response = new MockHttpServletResponse();
            throttle.doFilter(request, response, new MockFilterChain());
            if (i <= 3) {
                assertThat(response.getStatus()).isEqualTo(200);
            } else {
                assertThat(response.getStatus()).isEqualTo(429);
                assertThat(response.getHeader("Retry-After")).isEqualTo("300");
                assertThat(response.getContentAsString()).contains("300");
            }
        }
        MockHttpServletRequest other = new MockHttpServletRequest("POST", "/login");
        other.setRemoteAddr("10.9.8.8");
        MockHttpServletResponse response = new MockHttpServletResponse();
        throttle.doFilter(other, response, new MockFilterChain());
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void eachUserMayExportABoundedNumberOfListsInAWindow() throws Exception {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("problem.exportThrottled", java.util.Locale.SIMPLIFIED_CHINESE, "请 {0} 秒后再导出。");
        RateLimit limit = RateLimit.exports(Clock.fixed(NOW, ZoneOffset.UTC), 2, Duration.ofMinutes(10), messages,
                new FixedLocaleResolver(java.util.Locale.SIMPLIFIED_CHINESE), request -> false);
        int[] statuses = new int[3];
        for (int i = 0; i < 3; i++) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/regions/export");
            request.setUserPrincipal(() -> "commander");
            MockHttpServletResponse response = new MockHttpServletResponse();
            limit.doFilter(request, response, new MockFilterChain());
            statuses[i] = response.getStatus();
            if (i == 2) {
                assertThat(response.getHeader("Retry-After")).isEqualTo("600");
            }
        }
        assertThat(statuses).containsExactly(200, 200, 429);
        MockHttpServletRequest list = new MockHttpServletRequest("GET", "/regions");
        list.setUserPrincipal(() -> "commander");
        MockHttpServletResponse response = new MockHttpServletResponse();
        limit.doFilter(list, response, new MockFilterChain());
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void aSessionEndsTwelveHoursAfterItBeganHoweverBusy() throws Exception {
        AccountPrincipal principal = new AccountPrincipal(account(), NOW);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        try {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", "/regions");
            MockHttpSession session = new MockHttpSession();
            request.setSession(session);
            Clock thirteenHoursLater = Clock.offset(Clock.systemUTC(), Duration.ofHours(13));
            MockHttpServletResponse response = new MockHttpServletResponse();
            new SessionRules(thirteenHoursLater, Duration.ofHours(12)).doFilter(request, response, new MockFilterChain());
            assertThat(response.getRedirectedUrl()).isEqualTo("/login?expired");
            assertThat(session.isInvalid()).isTrue();

            MockHttpServletRequest fresh = new MockHttpServletRequest("GET", "/regions");
            fresh.setSession(new MockHttpSession());
            MockHttpServletResponse ok = new MockHttpServletResponse();
            new SessionRules(Clock.systemUTC(), Duration.ofHours(12)).doFilter(fresh, ok, new MockFilterChain());
            assertThat(ok.getRedirectedUrl()).isNull();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void passwordPolicyNamesEveryBrokenRule() throws Exception {
        PasswordPolicy policy = new PasswordPolicy(12, true);
        assertThat(policy.check("short1A!", "grid01")).contains("password.tooShort");
        assertThat(policy.check("Shuangsheng@2020", "grid01")).contains("password.common");
        assertThat(policy.check("alllowercaseletters", "grid01")).contains("password.composition");
        assertThat(policy.check("Grid01-is-my-Name", "grid01")).contains("password.containsUsername");
        assertThat(policy.check("雪后的宝山区2020春耕Ready", "grid01")).isEmpty();
        assertThat(policy.check("Correct-Horse-Battery-7", "grid01")).isEmpty();
        assertThat(new PasswordPolicy(12, false).check("alllowercaseletters", "x")).isEmpty();
    }
}
