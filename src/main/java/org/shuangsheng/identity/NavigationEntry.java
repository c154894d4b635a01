package org.shuangsheng.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * One entry of the main navigation. A module declares a bean of this type for each of its
 * pages; the layout shows the entries the user's role may open, in {@code order}. An entry that
 * names departments is shown to a DEPARTMENT account only when it belongs to one of them, so a
 * department never follows a link into a 403.
 */
public record NavigationEntry(String labelKey, String href, int order, Set<Role> roles, Set<Department> departments) {

    public NavigationEntry {
        roles = Set.copyOf(roles);
        departments = Set.copyOf(departments);
    }

    public NavigationEntry(String labelKey, String href, int order, Set<Role> roles) {
        this(labelKey, href, order, roles, Set.of());
    }

    /**
     * The entry of a page that {@code rule} opens. A rule may name departments rather than the
     * DEPARTMENT role (health alone among departments); the entry then shows to DEPARTMENT
     * accounts of those departments only, as the rule lets in.
     */
    public NavigationEntry(String labelKey, String href, int order, AccessRule rule) {
        this(labelKey, href, order, shownTo(rule), rule.allows(Role.DEPARTMENT) ? Set.of() : rule.departments());
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
}
