package org.shuangsheng.command.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.shuangsheng.identity.CurrentUser;
import org.shuangsheng.identity.NavigationBadge;
import org.shuangsheng.identity.NavigationEntry;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout of every page needs: the navigation, as a list and grouped by area for the
 * menu, and the badges (bell, open alerts) for the user's role, and where we are.
 */
@ControllerAdvice
class LayoutAttributes {

    private final List<NavigationEntry> entries;

    private final List<NavigationBadge> badges;

    LayoutAttributes(List<NavigationEntry> entries, List<NavigationBadge> badges) {
        this.entries = entries.stream().sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
        this.badges = badges.stream().sorted(Comparator.comparingInt(NavigationBadge::order)).toList();
    }

    @ModelAttribute("navigation")
    List<NavigationEntry> navigation() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        Set<String> authorities = signedIn == null ? Set.of()
                : AuthorityUtils.authorityListToSet(signedIn.getAuthorities());
        return CurrentUser.scope()
                .map(scope -> entries.stream().filter(e -> e.visibleTo(scope.role(), authorities)).toList())
                .orElse(List.of());
    }

    /** The badges the user's role may see; each counts only when a page asks for its count. */
    @ModelAttribute("badges")
    List<BadgeView> badges() {
        return CurrentUser.scope().map(scope -> badges.stream().filter(b -> b.visibleTo(scope.role()))
                .map(b -> new BadgeView(b, scope)).toList()).orElse(List.of());
    }

    /** The navigation grouped by area for the left menu, the current page's entry marked. */
    @ModelAttribute("menu")
    List<MenuGroup> menu(HttpServletRequest request) {
        return MenuGroup.of(navigation(), requestPath(request));
    }

    @ModelAttribute("url")
    CurrentUrl url(HttpServletRequest request) {
        return new CurrentUrl(request);
    }

    private static String requestPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
