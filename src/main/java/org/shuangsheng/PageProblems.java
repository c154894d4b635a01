package org.shuangsheng;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.ThrottledException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Bad input that reaches a page's handler outside a form (a typed URL, an old link) gets the
 * platform's error page with status 400 and what was wrong, not a server error. The API's
 * controllers answer through {@link ApiProblems}, which is asked first.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblems {

    private static final Logger log = LoggerFactory.getLogger(PageProblems.class);

    private final MessageSource messages;

    PageProblems(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * A value of the wrong type in a page's URL ({@code /households/<an ID number>}): the log
     * names the parameter and the route, never the value, which may be personal data.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    void wrongType(MethodArgumentTypeMismatchException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        log.info("Refused a value of the wrong type for parameter '{}' of {}", e.getName(),
                request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }

    /** A budget spent for now: the error page says what and when to try again. */
    @ExceptionHandler(ThrottledException.class)
    void throttled(ThrottledException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setAttribute("details", List.of(
                messages.getMessage(e.messageKey(), null, e.messageKey(), LocaleContextHolder.getLocale())));
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfter().toSeconds()));
        response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
    }

    /** The error page lists {@code details}; the container's error dispatch keeps request attributes. */
    @ExceptionHandler(InvalidInputException.class)
    void invalidInput(InvalidInputException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        List<String> details = e.violations().stream()
                .map(v -> messages.getMessage(v.messageKey(), v.args(), v.messageKey(), LocaleContextHolder.getLocale()))
                .toList();
        request.setAttribute("details", details);
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }
}
