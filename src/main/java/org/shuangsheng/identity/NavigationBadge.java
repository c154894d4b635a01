package org.shuangsheng.identity;

import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * A count beside the navigation of every page, such as the unread messages (the bell) or the
 * open alerts. A module declares a bean of this type; the layout shows each badge the user's
 * role may see, in {@code order}, as an icon linking to {@code href} with the count when it is
 * above zero. The count is asked for only when a page is rendered, never for an API call.
 *
 * @param id      element id of the link; the count is {@code <id>-count}
 * @param href    the page the badge opens
 * @param labelKey message key of its accessible name and tooltip
 * @param icon    name of a Bootstrap Icons glyph ({@code "bell"} for {@code bi-bell}), shown as the icon
 * @param tone    Bootstrap colour of the count: {@code warning}, {@code danger}...
 * @param count   the count for the signed-in user, within its scope
 */
public record NavigationBadge(String id, String href, String labelKey, String icon, String tone, int order,
        Set<Role> roles, ToLongFunction<Scope> count) {

    public NavigationBadge {
        roles = Set.copyOf(roles);
    }

    public boolean visibleTo(Role role) {
        return roles.contains(role);
    }
}
