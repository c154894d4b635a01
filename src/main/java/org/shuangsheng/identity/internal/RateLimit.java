package org.shuangsheng.identity.internal;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * A bounded number of requests of one kind per key (an address, a user) in a window; the rest
 * get 429 with Retry-After until the window ends. Sign-in attempts are counted per address,
 * against password guessing; exports per user, against bulk copying of the district's lists.
 * The budgets are Bucket4j buckets kept where {@link RateLimitBudgets} says: shared by every
 * instance on PostgreSQL, so that two instances do not double them.
 */
class RateLimit extends OncePerRequestFilter {

    private static final JacksonJsonHttpMessageConverter PROBLEMS = new JacksonJsonHttpMessageConverter();

    /** Sign-in attempts, by client address, counted on this instance alone. */
    static RateLimit signIns(Clock clock, int limit, Duration window, MessageSource messages, LocaleResolver locales) {
        return signIns(RateLimitBudgets.inMemory(clock), limit, window, messages, locales);
    }

    /** Sign-in attempts, by client address. */
    static RateLimit signIns(RateLimitBudgets budgets, int limit, Duration window, MessageSource messages,
            LocaleResolver locales) {
        return new RateLimit(budgets.limit("sign-in", limit, window), messages, locales,
                request -> "problem.throttled",
                request -> "POST".equals(request.getMethod())
                        && (path(request).equals("/login") || path(request).equals("/api/v1/auth/token")),
                HttpServletRequest::getRemoteAddr);
    }

    /** Downloads and large pages of lists, as below, counted on this instance alone. */
    static RateLimit exports(Clock clock, int limit, Duration window, MessageSource messages, LocaleResolver locales,
            Predicate<HttpServletRequest> bulkRead) {
        return exports(RateLimitBudgets.inMemory(clock), limit, window, messages, locales, bulkRead);
    }

    /**
     * Downloads of lists and large pages of lists with personal data ({@code bulkRead}), by
     * signed-in user, from one budget: either copies the district's lists as fast as the other.
     */
    static RateLimit exports(RateLimitBudgets budgets, int limit, Duration window, MessageSource messages,
            LocaleResolver locales, Predicate<HttpServletRequest> bulkRead) {
        Predicate<HttpServletRequest> download = request -> "GET".equals(request.getMethod())
                && path(request).endsWith("/export");
        return new RateLimit(budgets.limit("export", limit, window), messages, locales,
                request -> download.test(request) ? "problem.exportThrottled" : "problem.bulkReadThrottled",
                download.or(bulkRead),
                request -> request.getUserPrincipal() == null ? request.getRemoteAddr()
                        : request.getUserPrincipal().getName());
    }

    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private final Function<String, Bucket> buckets;
    private final MessageSource messages;
    private final LocaleResolver locales;

    private final Function<HttpServletRequest, String> messageKey;
    private final Predicate<HttpServletRequest> applies;
    private final Function<HttpServletRequest, String> key;

    private RateLimit(Function<String, Bucket> buckets, MessageSource messages, LocaleResolver locales,
            Function<HttpServletRequest, String> messageKey, Predicate<HttpServletRequest> applies,
            Function<HttpServletRequest, String> key) {
        this.buckets = buckets;
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
        ConsumptionProbe probe = buckets.apply(key.apply(request)).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()));
        var locale = locales.resolveLocale(request);
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        response.setCharacterEncoding("UTF-8");
        String detail = messages.getMessage(messageKey.apply(request), new Object[] {retryAfter}, locale);
        if (request.getRequestURI().contains("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, detail);
            problem.setTitle(messages.getMessage("problem.status.429", null, locale));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            PROBLEMS.write(problem, MediaType.APPLICATION_PROBLEM_JSON, new ServletServerHttpResponse(response));
        } else {
            // The sign-in form posts here from a page: a line of text, as it always was.
            response.setContentType(MediaType.TEXT_PLAIN_VALUE);
            response.getWriter().write(detail);
        }
    }
}
