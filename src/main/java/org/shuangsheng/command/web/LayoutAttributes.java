package org.shuangsheng.command.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import org.shuangsheng.identity.NavigationEntry;
import org.shuangsheng.identity.CurrentUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout of every page needs: the navigation for the user's role and where we are. */
@ControllerAdvice
class LayoutAttributes {

    private final List<NavigationEntry> entries;

    LayoutAttributes(List<NavigationEntry> entries) {
        this.entries = entries.stream().sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
    }

    @ModelAttribute("navigation")
    List<NavigationEntry> navigation() {
        return CurrentUser.scope().map(scope -> entries.stream().filter(e -> e.visibleTo(scope.role())).toList())
                .orElse(List.of());
    }

    @ModelAttribute("url")
    CurrentUrl url(HttpServletRequest request) {
        return new CurrentUrl(request);
    }

    @ModelAttribute("requestPath")
    String requestPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
