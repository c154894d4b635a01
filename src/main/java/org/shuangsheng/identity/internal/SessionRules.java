package org.shuangsheng.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rules for signed-in pages: a session ends {@code absolute} after it began however busy it
 * is; a user whose one-time code is still due may do nothing but enter it; and a user with an
 * initial or reset password may do nothing but change it.
 */
class SessionRules extends OncePerRequestFilter {

    static final String PASSWORD_PAGE = "/account/password";
    static final String SECOND_FACTOR_PAGE = "/login/totp";
    /** Session attribute: the password was right, the one-time code is still to come. */
    public static final String SECOND_FACTOR_PENDING = "shuangsheng.secondFactorPending";
    private static final Set<String> OPEN_DURING_SECOND_FACTOR = Set.of(SECOND_FACTOR_PAGE, "/logout", "/error");
    private static final Set<String> OPEN_DURING_CHANGE = Set.of(PASSWORD_PAGE, "/logout", "/login", "/error");

    private final Clock clock;
    private final Duration absolute;

    SessionRules(Clock clock, Duration absolute) {
        this.clock = clock;
        this.absolute = absolute;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            HttpSession session = request.getSession(false);
            if (session != null && clock.millis() - session.getCreationTime() > absolute.toMillis()) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                response.sendRedirect(request.getContextPath() + "/login?expired");
                return;
            }
            String path = request.getRequestURI().substring(request.getContextPath().length());
            if (session != null && session.getAttribute(SECOND_FACTOR_PENDING) != null
                    && !OPEN_DURING_SECOND_FACTOR.contains(path) && !isAsset(path)) {
                response.sendRedirect(request.getContextPath() + SECOND_FACTOR_PAGE);
                return;
            }
            if (principal.mustChangePassword() && !OPEN_DURING_CHANGE.contains(path) && !isAsset(path)) {
                response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isAsset(String path) {
        return path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
                || path.startsWith("/images/") || path.equals("/favicon.ico");
    }
}
