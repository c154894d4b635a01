package org.shuangsheng.enterprise;

import org.shuangsheng.identity.AccessRule;
import org.shuangsheng.identity.DataScope;
import org.shuangsheng.identity.DataScopes;
import org.shuangsheng.identity.Department;
import org.shuangsheng.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with enterprises (复工复产), named once: the routes in {@code web/*Routes}, the
 * services and the buttons on the pages all ask these rules. Which enterprises a caller reaches
 * is the caller's scope, not a rule here.
 */
@Component
public class EnterprisePolicy {

    /** Everyone who works with enterprises: officials, paired cadres and the liaisons. */
    public static final AccessRule READERS = AccessRule.roles(Role.COMMANDER, Role.DEPARTMENT,
            Role.SUBDISTRICT_OFFICER, Role.CADRE, Role.ENTERPRISE);
    /** The resumption task force (复工复产工作组): registers, edits, checks filings, handles requests. */
    public static final AccessRule TASK_FORCE = AccessRule.roles(Role.COMMANDER, Role.DEPARTMENT,
            Role.SUBDISTRICT_OFFICER);
    /** Who reads the five-day reviews: the task force and the cadres who make them. */
    public static final AccessRule REVIEW_READERS = AccessRule.roles(Role.COMMANDER, Role.DEPARTMENT,
            Role.SUBDISTRICT_OFFICER, Role.CADRE);
    /** The paired cadre records a five-day review (五日一复核). */
    public static final AccessRule REVIEWERS = AccessRule.roles(Role.CADRE);
    /** Who files for resumption and the daily report: the liaison, or the task force for it. */
    public static final AccessRule FILERS = AccessRule.roles(Role.COMMANDER, Role.DEPARTMENT,
            Role.SUBDISTRICT_OFFICER, Role.ENTERPRISE);
    /** The enterprise's own liaison: submits its green-channel requests and confirms them resolved. */
    public static final AccessRule LIAISON = AccessRule.roles(Role.ENTERPRISE);
    /** Who submits a green-channel request on an enterprise's behalf. */
    public static final AccessRule ON_BEHALF = AccessRule.roles(Role.COMMANDER, Role.SUBDISTRICT_OFFICER);
    /** Who submits a green-channel request at all: the liaison, or an official on its behalf. */
    public static final AccessRule REQUESTERS = AccessRule.roles(Role.COMMANDER, Role.SUBDISTRICT_OFFICER,
            Role.ENTERPRISE);
    /** Who accepts and resolves a green-channel request: the task force. */
    public static final AccessRule REQUEST_HANDLERS = TASK_FORCE;
    /**
     * Returning workers hold health data: read by the liaison, the paired cadre, officials of the
     * enterprise's subtree and, among departments, health (卫健) only.
     */
    public static final AccessRule WORKER_READERS = AccessRule.authorities(Role.COMMANDER.authority(),
            Department.HEALTH.authority(), Role.SUBDISTRICT_OFFICER.authority(), Role.CADRE.authority(),
            Role.ENTERPRISE.authority());
    /** Returning workers are written by the liaison and the officials of the subtree. */
    public static final AccessRule WORKER_WRITERS = AccessRule.roles(Role.COMMANDER, Role.SUBDISTRICT_OFFICER,
            Role.ENTERPRISE);

    private final DataScopes scopes;

    EnterprisePolicy(DataScopes scopes) {
        this.scopes = scopes;
    }

    /** The task force over the region the enterprise is registered in. */
    public boolean isTaskForceOver(String regionPath) {
        return TASK_FORCE.allowsCurrentUser() && scopes.current() instanceof DataScope.Regions regions
                && regions.covers(regionPath);
    }

    /** The enterprise's own liaison, or the task force over its region, files and reports for it. */
    public boolean mayFileFor(long enterpriseId, String regionPath) {
        boolean own = scopes.current() instanceof DataScope.Enterprise e && e.enterpriseId() == enterpriseId;
        return own || isTaskForceOver(regionPath);
    }
}
