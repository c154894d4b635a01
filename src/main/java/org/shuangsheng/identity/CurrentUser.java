package org.shuangsheng.identity;

import java.util.Optional;
import org.shuangsheng.identity.internal.AccountPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The scope of the user the current request runs for. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<Scope> scope() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal.scope());
        }
        return Optional.empty();
    }

    public static Optional<String> displayName() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal.displayName());
        }
        return Optional.empty();
    }
}
