package org.shuangsheng;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.NotFoundException;
import org.shuangsheng.shared.ThrottledException;
import org.shuangsheng.shared.table.ImportBusyException;
import org.shuangsheng.shared.table.ImportLimitException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the JSON API as {@code application/problem+json}, in the caller's language;
 * a validation failure lists each bad field as {@code errors: [{field, message}]}.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    record FieldProblem(String field, String message) {
    }

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        List<FieldProblem> errors = e.violations().stream()
                .map(v -> new FieldProblem(v.field(), message(v.messageKey(), v.args()))).toList();
        return validationProblem(errors);
    }

    @ExceptionHandler(ThrottledException.class)
    ResponseEntity<ProblemDetail> throttled(ThrottledException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfter().toSeconds()))
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, e.messageKey()));
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "problem.notFound");
    }

    /** A wrong password at {@code POST /api/v1/auth/token}: one message whatever was wrong. */
    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(problem(HttpStatus.UNAUTHORIZED, "problem.badCredentials"));
    }

    /** An upload beyond what one import may hold (a spreadsheet bomb, or simply too much). */
    @ExceptionHandler(ImportLimitException.class)
    ProblemDetail importLimit(ImportLimitException e) {
        return problem(HttpStatus.BAD_REQUEST, e.messageKey(), e.args());
    }

    @ExceptionHandler(ImportBusyException.class)
    ResponseEntity<ProblemDetail> importBusy(ImportBusyException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(e.retryAfterSeconds()))
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, e.messageKey()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "problem.forbidden");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.add(new FieldProblem(error.getField(), messages.getMessage(error, locale())));
        }
        e.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.add(new FieldProblem(null, messages.getMessage(error, locale()))));
        return ResponseEntity.badRequest().body(validationProblem(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(result.getMethodParameter().getParameterName(),
                                messages.getMessage(error, locale()))))
                .toList();
        return ResponseEntity.badRequest().body(validationProblem(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return JsonBodyProblems.of(e.getCause())
                .<ResponseEntity<Object>>map(mistake -> ResponseEntity.badRequest().body(validationProblem(List.of(
                        new FieldProblem(mistake.field(), message(mistake.messageKey(), mistake.args()))))))
                .orElseGet(() -> ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "problem.unreadable")));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        // Spring's own problems (unknown route, wrong method, bad parameter) get text in the caller's language.
        if (body instanceof ProblemDetail detail && detail.getProperties() == null) {
            detail.setTitle(messageOr("problem.status." + status.value(), detail.getTitle()));
            detail.setDetail(messageOr("problem.status." + status.value(), detail.getDetail()));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request) {
        logger.error("Unexpected error on " + request.getMethod() + " " + request.getRequestURI(), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "problem.internal");
    }

    private ProblemDetail validationProblem(List<FieldProblem> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "problem.validation");
        problem.setProperties(Map.of("errors", errors));
        return problem;
    }

    private ProblemDetail problem(HttpStatus status, String key, Object... args) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message(key, args));
        problem.setTitle(messageOr("problem.status." + status.value(), status.getReasonPhrase()));
        return problem;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, locale());
    }

    private String messageOr(String key, String fallback) {
        return messages.getMessage(key, null, fallback == null ? key : fallback, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
