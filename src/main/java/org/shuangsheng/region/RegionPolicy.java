package org.shuangsheng.region;

import org.shuangsheng.identity.AccessRule;
import org.shuangsheng.identity.Role;

/**
 * Who may read and change the region tree, named once: the routes in {@code web/*Routes} open
 * the URLs by these rules and the pages show their buttons by the same ones.
 */
public final class RegionPolicy {

    public static final AccessRule READERS = AccessRule.roles(Role.COMMANDER, Role.ADMIN, Role.SUBDISTRICT_OFFICER,
            Role.DEPARTMENT);
    /** The commander and the administrator add, rename, move, retire and import units. */
    public static final AccessRule EDITORS = AccessRule.roles(Role.COMMANDER, Role.ADMIN);

    private RegionPolicy() {
    }
}
