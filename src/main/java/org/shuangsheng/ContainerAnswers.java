package org.shuangsheng;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's answer to an error met below Spring MVC (in a servlet filter, or in Tomcat
 * before any filter), where neither {@link ApiProblems} nor the error page's controller can be
 * asked: problem+json on the API, the error page's look elsewhere, in the caller's language.
 */
final class ContainerAnswers {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ContainerAnswers() {
    }

    /** Whether the request, or the one whose error is being dispatched, is the API's. */
    static boolean isApi(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = failed instanceof String original ? original : request.getRequestURI();
        return uri != null && uri.startsWith("/api/");
    }

    /**
     * As {@link WebConfiguration#localeResolver()} decides, read from the request alone: Tomcat's own
     * errors come before the context path is known, which that resolver needs.
     */
    static Locale locale(HttpServletRequest request) {
        if (isApi(request)) {
            String accept = request.getHeader("Accept-Language");
            return accept != null && accept.strip().toLowerCase(Locale.ROOT).startsWith("en")
                    ? Locale.ENGLISH : WebConfiguration.DEFAULT_LOCALE;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (WebConfiguration.LOCALE_COOKIE.equals(cookie.getName()) && cookie.getValue().startsWith("en")) {
                    return Locale.ENGLISH;
                }
            }
        }
        return WebConfiguration.DEFAULT_LOCALE;
    }

    static String problem(MessageSource messages, Locale locale, int status, String detailKey, Object... args) {
        return JSON.writeValueAsString(problemBody(messages, locale, status, detailKey, args));
    }

    static Map<String, Object> problemBody(MessageSource messages, Locale locale, int status, String detailKey,
            Object... args) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", message(messages, locale, "problem.status." + status, reason(status)));
        problem.put("status", status);
        problem.put("detail", messages.getMessage(detailKey, args, detailKey, locale));
        return problem;
    }

    /**
     * The error page's content in the layout's frame, for when the page itself cannot be rendered:
     * Tomcat refused the request before the application was chosen. No navigation, as no one is
     * known to be signed in.
     */
    static String page(MessageSource messages, Locale locale, int status, String detailKey) {
        String title = message(messages, locale, "error." + status + ".title",
                message(messages, locale, "error.generic.title", reason(status)));
        String text = message(messages, locale, "error." + status + ".text",
                message(messages, locale, "error.generic.text", ""));
        String detail = messages.getMessage(detailKey, null, "", locale);
        return "<!DOCTYPE html><html lang=\"" + (locale.getLanguage().equals("en") ? "en" : "zh-CN") + "\"><head>"
                + "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + "</title>"
                + "<link rel=\"stylesheet\" href=\"/webjars/bootstrap/css/bootstrap.min.css\">"
                + "<link rel=\"stylesheet\" href=\"/css/app.css\"></head><body>"
                + "<nav class=\"navbar navbar-dark app-navbar\"><div class=\"container-fluid\">"
                + "<a class=\"navbar-brand fw-bold\" href=\"/\">" + escape(message(messages, locale, "app.name", ""))
                + "</a></div></nav><main class=\"container py-5 text-center\">"
                + "<p class=\"display-4 text-muted\">" + status + "</p><h1 class=\"h3\">" + escape(title) + "</h1>"
                + "<p>" + escape(text) + "</p>"
                + (detail.isEmpty() ? "" : "<ul class=\"list-unstyled text-danger\"><li>" + escape(detail) + "</li></ul>")
                + "<a class=\"btn btn-outline-secondary\" href=\"/\">"
                + escape(message(messages, locale, "error.home", "")) + "</a></main></body></html>";
    }

    private static String message(MessageSource messages, Locale locale, String key, String fallback) {
        return messages.getMessage(key, null, fallback, locale);
    }

    private static String reason(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? Integer.toString(status) : known.getReasonPhrase();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
