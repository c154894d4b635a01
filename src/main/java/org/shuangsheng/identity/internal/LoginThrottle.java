package org.shuangsheng.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Password guessing from one address: after {@code limit} sign-in attempts in a window, the
 * address gets 429 with Retry-After until the window ends. Counted per instance, which is
 * enough to make guessing slow; the per-account lockout counts across instances.
 */
class LoginThrottle extends OncePerRequestFilter {

    private record Window(Instant start, int attempts) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int limit;
    private final Duration window;
    private final MessageSource messages;
    private final LocaleResolver locales;

    LoginThrottle(Clock clock, int limit, Duration window, MessageSource messages, LocaleResolver locales) {
        this.clock = clock;
        this.limit = limit;
        this.window = window;
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equals(request.getMethod()) || !(path.equals("/login") || path.equals("/api/v1/auth/token"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Instant now = clock.instant();
        if (windows.size() > 100_000) {
            windows.values().removeIf(w -> w.start().plus(window).isBefore(now));
        }
        Window current = windows.compute(request.getRemoteAddr(), (address, w) ->
                w == null || !now.isBefore(w.start().plus(window)) ? new Window(now, 1)
                        : new Window(w.start(), w.attempts() + 1));
        if (current.attempts() > limit) {
            long retryAfter = Math.max(1, Duration.between(now, current.start().plus(window)).toSeconds());
            var locale = locales.resolveLocale(request);
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
            response.setCharacterEncoding("UTF-8");
            String detail = messages.getMessage("problem.throttled", new Object[] {retryAfter}, locale);
            if (request.getRequestURI().contains("/api/")) {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.getWriter().write("{\"title\":\"" + messages.getMessage("problem.status.429", null, locale)
                        + "\",\"status\":429,\"detail\":\"" + detail + "\"}");
            } else {
                response.setContentType(MediaType.TEXT_PLAIN_VALUE);
                response.getWriter().write(detail);
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
