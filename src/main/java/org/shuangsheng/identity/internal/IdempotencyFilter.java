package org.shuangsheng.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * An API write with an {@code Idempotency-Key} header is done once per user and key: a repeat
 * with the same body gets the first answer again, a repeat with another body is refused, and
 * a repeat while the first is still running is told to wait. Answers are kept for a day.
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    static final Duration KEPT = Duration.ofHours(24);
    static final int MAX_BODY = 10 * 1024 * 1024;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final MessageSource messages;
    private final LocaleResolver locales;

    IdempotencyFilter(JdbcTemplate jdbc, Clock clock, MessageSource messages, LocaleResolver locales) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !WRITES.contains(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        String key = request.getHeader(HEADER).strip();
        if (user == null || !user.isAuthenticated() || "anonymousUser".equals(user.getPrincipal())) {
            chain.doFilter(request, response);
            return;
        }
        if (key.isEmpty() || key.length() > 100) {
            refuse(request, response, HttpStatus.BAD_REQUEST, "problem.idempotency.key");
            return;
        }
        // A multipart upload is parsed by the container from its own stream, so it cannot be
        // read here and replayed; its size stands in for its content.
        boolean multipart = request.getContentType() != null
                && request.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
        byte[] body = multipart ? new byte[0] : request.getInputStream().readNBytes(MAX_BODY);
        String line = request.getMethod() + " " + request.getRequestURI() + "?" + request.getQueryString()
                + (multipart ? " " + request.getContentLengthLong() : "");
        String hash = hash(line, body);
        String username = user.getName();

        List<Stored> previous = jdbc.query("select request_hash, status, content_type, body, location"
                        + " from identity_idempotent_request where username = ? and request_key = ?",
                (rs, i) -> new Stored(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getBytes(4),
                        rs.getString(5)),
                username, key);
        if (!previous.isEmpty()) {
            replay(request, response, previous.get(0), hash);
            return;
        }
        try {
            jdbc.update("insert into identity_idempotent_request (username, request_key, request_hash, created_at)"
                    + " values (?, ?, ?, ?)", username, key, hash, Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException raced) {
            refuse(request, response, HttpStatus.CONFLICT, "problem.idempotency.inProgress");
            return;
        }
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        boolean stored = false;
        try {
            chain.doFilter(multipart ? request : new ReplayableRequest(request, body), answer);
            if (answer.getStatus() < 500) {
                jdbc.update("update identity_idempotent_request set status = ?, content_type = ?, body = ?, location = ?"
                                + " where username = ? and request_key = ?",
                        answer.getStatus(), answer.getContentType(), answer.getContentAsByteArray(),
                        answer.getHeader(HttpHeaders.LOCATION), username, key);
                stored = true;
            }
        } finally {
            if (!stored) {
                // A failed attempt must not block the retry that the key exists for.
                jdbc.update("delete from identity_idempotent_request where username = ? and request_key = ?",
                        username, key);
            }
            answer.copyBodyToResponse();
        }
    }

    /** Hourly, on one instance of the cluster: forgetting answers older than a day. */
    @Component
    static class Forgetting {

        static final String FORGETTING = "identity.forget-idempotent-answers";

        private final JdbcTemplate jdbc;
        private final Clock clock;

        Forgetting(JdbcTemplate jdbc, Clock clock) {
            this.jdbc = jdbc;
            this.clock = clock;
        }

        @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = java.util.concurrent.TimeUnit.HOURS)
        @SchedulerLock(name = FORGETTING, lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
        void forgetOldAnswers() {
            jdbc.update("delete from identity_idempotent_request where created_at < ?",
                    Timestamp.from(clock.instant().minus(KEPT)));
        }
    }

    /** The request with its body read once, handed on as if never read. */
    static final class ReplayableRequest extends jakarta.servlet.http.HttpServletRequestWrapper {

        private final byte[] body;

        ReplayableRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public jakarta.servlet.ServletInputStream getInputStream() {
            java.io.ByteArrayInputStream in = new java.io.ByteArrayInputStream(body);
            return new jakarta.servlet.ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(jakarta.servlet.ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    getCharacterEncoding() == null ? StandardCharsets.UTF_8
                            : java.nio.charset.Charset.forName(getCharacterEncoding())));
        }
    }

    private void replay(HttpServletRequest request, HttpServletResponse response, Stored stored, String hash)
            throws IOException {
        if (!stored.hash().equals(hash)) {
            refuse(request, response, HttpStatus.UNPROCESSABLE_CONTENT, "problem.idempotency.reused");
        } else if (stored.status() == null) {
            refuse(request, response, HttpStatus.CONFLICT, "problem.idempotency.inProgress");
        } else {
            response.setStatus(stored.status());
            response.setHeader("Idempotent-Replayed", "true");
            if (stored.location() != null) {
                response.setHeader(HttpHeaders.LOCATION, stored.location());
            }
            if (stored.contentType() != null) {
                response.setContentType(stored.contentType());
            }
            if (stored.body() != null) {
                response.getOutputStream().write(stored.body());
            }
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
            throws IOException {
        var locale = locales.resolveLocale(request);
        String title = messages.getMessage("problem.status." + status.value(), null, status.getReasonPhrase(), locale);
        String detail = messages.getMessage(key, null, key, locale);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"title\":" + quote(title) + ",\"status\":" + status.value() + ",\"detail\":"
                + quote(detail) + "}");
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String hash(String line, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(line.getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Stored(String hash, Integer status, String contentType, byte[] body, String location) {
    }
}
