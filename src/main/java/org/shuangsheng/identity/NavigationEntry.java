package org.shuangsheng.identity;

import java.util.Set;

/**
 * One entry of the main navigation. A module declares a bean of this type for each of its
 * pages; the layout shows the entries the user's role may open, in {@code order}.
 */
public record NavigationEntry(String labelKey, String href, int order, Set<Role> roles) {

    public NavigationEntry {
        roles = Set.copyOf(roles);
    }

    public boolean visibleTo(Role role) {
        return roles.contains(role);
    }
}
