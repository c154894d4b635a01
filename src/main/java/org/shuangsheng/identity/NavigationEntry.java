package org.shuangsheng.identity;

import java.util.Collection;
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

    /** @param authorities the signed-in user's authorities, where its department shows */
    public boolean visibleTo(Role role, Collection<String> authorities) {
        if (!roles.contains(role)) {
            return false;
        }
        return role != Role.DEPARTMENT || departments.isEmpty()
                || departments.stream().anyMatch(d -> authorities.contains(d.authority()));
    }
}
