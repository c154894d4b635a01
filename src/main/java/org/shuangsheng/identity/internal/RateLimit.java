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
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * A bounded number of requests of one kind per key (an address, a user) in a window; the rest
 * get 429 with Retry-After until the window ends. Sign-in attempts are counted per address,
 * against password guessing; exports per user, against bulk copying of the district's lists.
 * Counted per instance, which is enough to make both slow; the account lockout counts across
 * instances.
 */
class RateLimit extends OncePerRequestFilter {

    /** Sign-in attempts, by client address. */
    static RateLimit signIns(Clock clock, int limit, Duration window, MessageSource messages, LocaleResolver locales) {
        return new RateLimit(clock, limit, window, messages, locales, request -> "problem.throttled",
                request -> "POST".equals(request.getMethod())
                        && (path(request).equals("/login") || path(request).equals("/api/v1/auth/token")),
                HttpServletRequest::getRemoteAddr);
    }

    /**
     * Downloads of lists and large pages of lists with personal data ({@code bulkRead}), by
     * signed-in user, from one budget: either copies the district's lists as fast as the other.
     */
    static RateLimit exports(Clock clock, int limit, Duration window, MessageSource messages, LocaleResolver locales,
            Predicate<HttpServletRequest> bulkRead) {
        Predicate<HttpServletRequest> download = request -> "GET".equals(request.getMethod())
                && path(request).endsWith("/export");
        return new RateLimit(clock, limit, window, messages, locales,
                request -> download.test(request) ? "problem.exportThrottled" : "problem.bulkReadThrottled",
                download.or(bulkRead),
                request -> request.getUserPrincipal() == null ? request.getRemoteAddr()
                        : request.getUserPrincipal().getName());
    }

    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private record Window(Instant start, int attempts) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int limit;
    private final Duration window;
    private final MessageSource messages;
    private final LocaleResolver locales;

    private final Function<HttpServletRequest, String> messageKey;
    private final Predicate<HttpServletRequest> applies;
    private final Function<HttpServletRequest, String> key;

    private RateLimit(Clock clock, int limit, Duration window, MessageSource messages, LocaleResolver locales,
            Function<HttpServletRequest, String> messageKey, Predicate<HttpServletRequest> applies,
            Function<HttpServletRequest, String> key) {
        this.clock = clock;
        this.limit = limit;
        this.window = window;
        this.messages = messages;
        this.locales = locales;
        this.messageKey = messageKey;
        this.applies = applies;
        this.key = key;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !applies.test(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Instant now = clock.instant();
        if (windows.size() > 100_000) {
            windows.values().removeIf(w -> w.start().plus(window).isBefore(now));
        }
        Window current = windows.compute(key.apply(request), (address, w) ->
                w == null || !now.isBefore(w.start().plus(window)) ? new Window(now, 1)
                        : new Window(w.start(), w.attempts() + 1));
        if (current.attempts() > limit) {
            long retryAfter = Math.max(1, Duration.between(now, current.start().plus(window)).toSeconds());
            var locale = locales.resolveLocale(request);
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
            response.setCharacterEncoding("UTF-8");
            String detail = messages.getMessage(messageKey.apply(request), new Object[] {retryAfter}, locale);
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
