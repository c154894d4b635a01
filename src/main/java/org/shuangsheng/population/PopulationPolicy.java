package org.shuangsheng.population;

import org.shuangsheng.identity.AccessRule;
import org.shuangsheng.identity.Role;

/**
 * Who may do what with households and residents, named once: the routes in {@code web/*Routes}
 * open the URLs by these rules and the pages show their buttons by the same ones. Which
 * households a caller reaches is its scope, not a rule here.
 */
public final class PopulationPolicy {

    /** Officials, grid workers and paired cadres read households of their scope. */
    public static final AccessRule READERS = AccessRule.roles(Role.COMMANDER, Role.DEPARTMENT,
            Role.SUBDISTRICT_OFFICER, Role.GRID_WORKER, Role.CADRE);
    /** Grid workers and subdistrict officers register households, import rosters and move residents. */
    public static final AccessRule WRITERS = AccessRule.roles(Role.SUBDISTRICT_OFFICER, Role.GRID_WORKER);
    /** The subdistrict pairs cadres with households (包保) and ends pairings. */
    public static final AccessRule PAIRERS = AccessRule.roles(Role.SUBDISTRICT_OFFICER);

    private PopulationPolicy() {
    }
}
