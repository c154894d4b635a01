package org.shuangsheng.command;

import org.shuangsheng.identity.AccessRule;
import org.shuangsheng.identity.Role;

/**
 * Who may use the command centre (指挥部), named once: the routes in {@code web/*Routes} open the
 * dashboard, briefing and alert URLs by this rule and the navigation shows them by the same one.
 * Which regions' figures, briefings and alerts a caller sees is its scope, not a rule here.
 */
public final class CommandPolicy {

    /**
     * The officials who run the response: the commander, the departments and the subdistrict
     * officers watch the dashboard, read and make briefings, and take on and resolve alerts.
     */
    public static final AccessRule OFFICIALS = AccessRule.roles(Role.COMMANDER, Role.DEPARTMENT,
            Role.SUBDISTRICT_OFFICER);

    private CommandPolicy() {
    }
}
