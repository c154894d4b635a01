package org.shuangsheng.identity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.shuangsheng.identity.internal.AccountPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who may do one thing, named once by a module's policy: its route rules open the URL with
 * {@link #authorities()}, its services refuse with {@link #allowsCurrentUser()}, and its pages
 * show the button from the same answer, so the three cannot drift apart.
 */
public final class AccessRule {

    private final Set<String> authorities;

    private AccessRule(Set<String> authorities) {
        this.authorities = Set.copyOf(authorities);
    }

    public static AccessRule roles(Role... roles) {
        return new AccessRule(Arrays.stream(roles).map(Role::authority).collect(Collectors.toSet()));
    }

    /** Roles and department authorities ({@link Department#authority()}) mixed. */
    public static AccessRule authorities(String... authorities) {
        return new AccessRule(Set.of(authorities));
    }

    /** For {@code hasAnyAuthority(...)} in a {@link RouteRules}. */
    public String[] authorities() {
        return authorities.toArray(String[]::new);
    }

    /** The roles among the authorities, e.g. for a {@link NavigationEntry}; departments are left out. */
    public EnumSet<Role> roles() {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (allows(role)) {
                roles.add(role);
            }
        }
        return roles;
    }

    /** The departments among the authorities, for a rule that opens a function to some departments only. */
    public EnumSet<Department> departments() {
        EnumSet<Department> departments = EnumSet.noneOf(Department.class);
        for (Department department : Department.values()) {
            if (authorities.contains(department.authority())) {
                departments.add(department);
            }
        }
        return departments;
    }

    public boolean allows(Role role) {
        return role != null && authorities.contains(role.authority());
    }

    /** Whether the signed-in account of this request holds one of the authorities. */
    public boolean allowsCurrentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal)) {
            return false;
        }
        for (GrantedAuthority held : authentication.getAuthorities()) {
            if (authorities.contains(held.getAuthority())) {
                return true;
            }
        }
        return false;
    }
}
