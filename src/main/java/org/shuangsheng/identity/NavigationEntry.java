package org.shuangsheng.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One entry of the main menu. A module declares a bean of this type for each of its top pages,
 * naming the {@link NavigationArea} it belongs to; the layout shows, area by area and in
 * {@code order} within each, the entries the user's role may open. An entry that names
 * departments is shown to a DEPARTMENT account only when it belongs to one of them, so a
 * department never follows a link into a 403.
 *
 * @param icon name of a Bootstrap Icons glyph ({@code "clipboard2-pulse"} for {@code bi-clipboard2-pulse}),
 *             the entry's only mark when the menu is folded to icons
 */
public record NavigationEntry(String labelKey, String href, NavigationArea area, int order, String icon,
        Set<Role> roles, Set<Department> departments) {

    private static final Pattern ICON_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public NavigationEntry {
        if (!ICON_NAME.matcher(icon).matches()) {
            throw new IllegalArgumentException("not a Bootstrap Icons name: " + icon);
        }
        roles = Set.copyOf(roles);
        departments = Set.copyOf(departments);
    }

    public NavigationEntry(String labelKey, String href, NavigationArea area, int order, String icon, Set<Role> roles) {
        this(labelKey, href, area, order, icon, roles, Set.of());
    }

    /**
     * The entry of a page that {@code rule} opens. A rule may name departments rather than the
     * DEPARTMENT role (health alone among departments); the entry then shows to DEPARTMENT
     * accounts of those departments only, as the rule lets in.
     */
    public NavigationEntry(String labelKey, String href, NavigationArea area, int order, String icon, AccessRule rule) {
        this(labelKey, href, area, order, icon, shownTo(rule),
                rule.allows(Role.DEPARTMENT) ? Set.of() : rule.departments());
    }

    private static Set<Role> shownTo(AccessRule rule) {
        EnumSet<Role> roles = rule.roles();
        if (!rule.departments().isEmpty()) {
            roles.add(Role.DEPARTMENT);
        }
        return roles;
    }

    /** @param authorities the signed-in user's authorities, where its department shows */
    public boolean visibleTo(Role role, Collection<String> authorities) {
        if (!roles.contains(role)) {
            return false;
        }
        return role != Role.DEPARTMENT || departments.isEmpty()
                || departments.stream().anyMatch(d -> authorities.contains(d.authority()));
    }

    /** Whether {@code path} is this entry's page or one below it; home only for itself. */
    public boolean leadsTo(String path) {
        return path.equals(href) || (!href.equals("/") && path.startsWith(href.endsWith("/") ? href : href + "/"));
    }
}
