package org.shuangsheng.identity.internal;

import java.util.Collection;
import java.util.List;
import org.shuangsheng.identity.Department;
import org.shuangsheng.identity.Role;
import org.shuangsheng.identity.Scope;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as Spring Security holds it in the session. */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

    private static final long serialVersionUID = 1L;

    private final Scope scope;
    private final String displayName;
    private final boolean enabled;
    private final boolean locked;
    private final boolean mustChangePassword;
    private final boolean secondFactor;
    private final String department;
    private String passwordHash;

    AccountPrincipal(UserAccount account, java.time.Instant now) {
        this.scope = account.scope();
        this.displayName = account.getDisplayName();
        this.enabled = account.isEnabled() && account.isApproved();
        this.locked = account.isLockedAt(now);
        this.mustChangePassword = account.mustChangePassword();
        this.secondFactor = account.hasSecondFactor();
        this.department = account.getDepartment();
        this.passwordHash = account.getPasswordHash();
    }

    /** An initial or reset password must be replaced before anything else can be done. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** Signing in asks for a one-time code after the password. */
    public boolean hasSecondFactor() {
        return secondFactor;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    public Scope scope() {
        return scope;
    }

    public String displayName() {
        return displayName;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        if (department != null && scope.role() == Role.DEPARTMENT) {
            return List.of(new SimpleGrantedAuthority(scope.role().authority()),
                    new SimpleGrantedAuthority(Department.authority(department)));
        }
        return List.of(new SimpleGrantedAuthority(scope.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return scope.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
