package org.shuangsheng;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload beyond the multipart limits is answered here, before anything else reads it: 413 as
 * problem+json naming the limit on the API, the error page on a page.
 *
 * <p>Once Tomcat has refused a body as too large it refuses every later read of the request's
 * parameters or parts with the same exception. The page chain's CSRF check reads a parameter, and
 * so does the error page's own dispatch, so the refusal surfaced as Tomcat's bare page; on the API
 * the multipart check of the error dispatch failed again and the 413 went out with no body.
 */
@Component
class UploadLimit extends OncePerRequestFilter implements Ordered {

    /** After Spring Session's filter (the error page shows who is signed in), before Spring Security's (-100). */
    static final int ORDER = -110;

    private final MessageSource messages;
    private final DataSize maxFileSize;
    private final DataSize maxRequestSize;

    UploadLimit(MessageSource messages, @Value("${spring.servlet.multipart.max-file-size}") DataSize maxFileSize,
            @Value("${spring.servlet.multipart.max-request-size}") DataSize maxRequestSize) {
        this.messages = messages;
        this.maxFileSize = maxFileSize;
        this.maxRequestSize = maxRequestSize;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (tooLarge(request)) {
            refuse(request, response);
        } else {
            chain.doFilter(request, response);
        }
    }

    /**
     * A stated length over the limit is refused unread. A body sent in chunks states none, and a single
     * file may pass the limit of its part inside a request within the limit, so the parts are parsed
     * here (as the page chain's CSRF check did before any sign-in); a failure other than size is left to
     * whoever reads them next, as before.
     */
    private boolean tooLarge(HttpServletRequest request) {
        if (request.getContentLengthLong() > maxRequestSize.toBytes()) {
            return true;
        }
        try {
            request.getParts();
            return false;
        } catch (IllegalStateException | IOException | ServletException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof InvalidParameterException refused
                        && refused.getErrorCode() == HttpStatus.PAYLOAD_TOO_LARGE.value()) {
                    return true;
                }
            }
            return false;
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        int status = HttpStatus.PAYLOAD_TOO_LARGE.value();
        Locale locale = ContainerAnswers.locale(request);
        Object[] limit = {maxFileSize.toMegabytes()};
        if (ContainerAnswers.isApi(request)) {
            response.setStatus(status);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(ContainerAnswers.problem(messages, locale, status, "problem.uploadTooLarge", limit));
            return;
        }
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
        request.setAttribute("details", List.of(messages.getMessage("problem.uploadTooLarge", limit, locale)));
        request.getRequestDispatcher("/error").forward(new SpentUpload(request), response);
    }

    /**
     * The refused request as the error page sees it: a plain GET for a page with no parameters, so that
     * nothing on the way (CSRF check, language switch, multipart check) asks Tomcat for them again.
     */
    static final class SpentUpload extends HttpServletRequestWrapper {

        SpentUpload(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? MediaType.TEXT_HTML_VALUE
                    : HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            String value = getHeader(name);
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name) || HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)
                    ? Collections.enumeration(value == null ? List.of() : List.of(value)) : super.getHeaders(name);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public Part getPart(String name) {
            return null;
        }
    }
}
