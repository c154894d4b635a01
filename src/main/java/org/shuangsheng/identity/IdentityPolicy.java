package org.shuangsheng.identity;

/**
 * Who may administer accounts and their rights, and who may see personal data in full, named
 * once: the routes in {@code web/*Routes} open the URLs by these rules, the navigation shows them
 * by the same ones, and {@link AccountApprovals} and {@link PersonalDataReveal} refuse by them.
 * Signing in, one's own password and one's own API token are open to every signed-in account and
 * need no rule here.
 */
public final class IdentityPolicy {

    /** The system administrator keeps the accounts: no residents' data anywhere on those pages. */
    public static final AccessRule ADMINISTRATORS = AccessRule.roles(Role.ADMIN);
    /**
     * A grant of wide rights waits for a second person: another administrator or the commander
     * (never its requester nor the account itself, which {@link AccountApprovals} checks).
     */
    public static final AccessRule GRANT_DECIDERS = AccessRule.roles(Role.ADMIN, Role.COMMANDER);
    /**
     * Whose work needs a full ID number or phone now and then, each reveal with a reason
     * ({@link PersonalDataReveal}); never the administrator, who keeps accounts, not residents.
     */
    public static final AccessRule REVEALERS = AccessRule.roles(Role.COMMANDER, Role.SUBDISTRICT_OFFICER,
            Role.GRID_WORKER, Role.CADRE, Role.DEPARTMENT);
    /** The accounts that reach the whole district or every account set up a second factor. */
    public static final AccessRule SECOND_FACTOR_USERS = AccessRule.roles(Role.COMMANDER, Role.ADMIN);

    private IdentityPolicy() {
    }
}
