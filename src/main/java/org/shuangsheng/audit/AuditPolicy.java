package org.shuangsheng.audit;

import org.shuangsheng.identity.AccessRule;
import org.shuangsheng.identity.Role;

/**
 * Who may read the audit log, named once: the routes in {@code web/*Routes} open its page and
 * API by this rule and the navigation shows it by the same one.
 */
public final class AuditPolicy {

    /** The commander alone searches and exports the log and checks its hash chain. */
    public static final AccessRule READERS = AccessRule.roles(Role.COMMANDER);

    private AuditPolicy() {
    }
}
