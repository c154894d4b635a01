package org.shuangsheng.screening;

import org.shuangsheng.identity.AccessRule;
import org.shuangsheng.identity.Department;
import org.shuangsheng.identity.Role;

/**
 * Who may do what in screening and quarantine, named once: the routes in {@code web/*Routes}
 * open the URLs by these rules and the pages show their buttons by the same ones. Which rounds,
 * households and orders a caller reaches is its scope, not a rule here.
 */
public final class ScreeningPolicy {

    /** Officials and grid workers read rounds and coverage; paired cadres their households. */
    public static final AccessRule READERS = AccessRule.roles(Role.COMMANDER, Role.DEPARTMENT,
            Role.SUBDISTRICT_OFFICER, Role.GRID_WORKER, Role.CADRE);
    /** The commander and subdistrict officers open, close and reopen rounds. */
    public static final AccessRule OPENERS = AccessRule.roles(Role.COMMANDER, Role.SUBDISTRICT_OFFICER);
    /** The people at the door record visits. */
    public static final AccessRule VISITORS = AccessRule.roles(Role.SUBDISTRICT_OFFICER, Role.GRID_WORKER,
            Role.CADRE);
    /** Key areas and the risk rule set are read by officials and grid workers (they ask at the door). */
    public static final AccessRule RULE_READERS = AccessRule.roles(Role.COMMANDER, Role.DEPARTMENT,
            Role.SUBDISTRICT_OFFICER, Role.GRID_WORKER);
    /** ... and written by the commander and, among departments, health (卫健) only. */
    public static final AccessRule RULE_WRITERS = AccessRule.authorities(Role.COMMANDER.authority(),
            Department.HEALTH.authority());
    public static final AccessRule QUARANTINE_READERS = AccessRule.authorities(Role.COMMANDER.authority(),
            Department.HEALTH.authority(), Role.SUBDISTRICT_OFFICER.authority(), Role.GRID_WORKER.authority());
    /** Who confirms, dismisses and releases a quarantine. */
    public static final AccessRule QUARANTINE_DECIDERS = AccessRule.authorities(Role.COMMANDER.authority(),
            Department.HEALTH.authority(), Role.SUBDISTRICT_OFFICER.authority());
    /** The grid worker checks on a person in quarantine every day. */
    public static final AccessRule CHECKERS = AccessRule.roles(Role.GRID_WORKER);
    /** The retention purge of health and travel records is the commander's alone. */
    public static final AccessRule PURGERS = AccessRule.roles(Role.COMMANDER);

    private ScreeningPolicy() {
    }
}
