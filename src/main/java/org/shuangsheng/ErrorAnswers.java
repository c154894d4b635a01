package org.shuangsheng;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The container's error dispatch: the error page for pages, as Boot's controller renders it, and
 * problem+json in the caller's language for anything under {@code /api/}. What reaches it there is
 * what {@link ApiProblems} never saw, because no API controller was chosen: an unknown route (404),
 * a method the route does not take (405), a refusal sent by a filter.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class ErrorAnswers extends BasicErrorController {

    private static final Map<Integer, String> DETAILS = Map.of(404, "problem.noRoute", 405, "problem.method",
            500, "problem.internal");

    private final MessageSource messages;

    ErrorAnswers(ErrorAttributes attributes, WebProperties web, ObjectProvider<ErrorViewResolver> resolvers,
            MessageSource messages) {
        super(attributes, web.getError(), resolvers.orderedStream().toList());
        this.messages = messages;
    }

    @Override
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        if (!ContainerAnswers.isApi(request)) {
            return super.errorHtml(request, response);
        }
        HttpStatus status = getStatus(request);
        try {
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(problem(request, status));
        } catch (IOException e) {
            // The client has gone: no one is left to answer.
        }
        return null;
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        if (!ContainerAnswers.isApi(request)) {
            return super.error(request);
        }
        HttpStatus status = getStatus(request);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ContainerAnswers.problemBody(messages, ContainerAnswers.locale(request), status.value(),
                        detail(status)));
    }

    private String problem(HttpServletRequest request, HttpStatus status) {
        return ContainerAnswers.problem(messages, ContainerAnswers.locale(request), status.value(), detail(status));
    }

    private static String detail(HttpStatus status) {
        return DETAILS.getOrDefault(status.value(), "problem.status." + status.value());
    }
}
