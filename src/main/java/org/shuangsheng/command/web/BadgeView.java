package org.shuangsheng.command.web;

import org.shuangsheng.identity.NavigationBadge;
import org.shuangsheng.identity.Scope;

/** A badge of the navigation for one user; counts once, the first time the page asks. */
public final class BadgeView {

    private final NavigationBadge badge;
    private final Scope scope;
    private Long count;

    BadgeView(NavigationBadge badge, Scope scope) {
        this.badge = badge;
        this.scope = scope;
    }

    public NavigationBadge badge() {
        return badge;
    }

    public long count() {
        if (count == null) {
            count = badge.count().applyAsLong(scope);
        }
        return count;
    }
}
