package org.shuangsheng.identity;

import jakarta.validation.Validator;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.shuangsheng.identity.internal.Accounts;
import org.shuangsheng.identity.internal.Grants;
import org.shuangsheng.identity.internal.UsernameValidator;
import org.shuangsheng.shared.RegionPath;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.InvalidInputException.Violation;
import org.shuangsheng.shared.validation.Violations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts as the administrator keeps them, and a user's own password. A change of role,
 * scope or state ends the user's sessions at once, so the new rights apply to the next click;
 * a new password or disabling also revokes every API token of the user.
 *
 * <p>Four eyes: a person who creates an account with, or moves an account into, one of
 * {@link #APPROVAL_ROLES} or a wider scope of one only requests it; the account changes when
 * another administrator or the commander approves ({@link AccountApprovals}). Those roles are
 * the ones that read residents' personal data across an area (the commander the whole district,
 * a department its function's records across it, a subdistrict officer its subtree, a grid
 * worker its grids' households, a cadre the households paired to it) and the administrator,
 * because an administrator approves such grants: one person able to make a second administrator
 * at will could approve its own requests. Checkpoint guards, liaisons and farmers see one
 * checkpoint, enterprise or themselves, as the enterprise's own liaison account is issued today.
 * The platform's own seeding ({@code DemoAccounts}, {@code FirstAdministrator}) and code that runs
 * for nobody signed in are not a person's request and create accounts directly; so may the only
 * person able to approve anything, to make the second administrator of a new installation.
 */
@Service
@Transactional
public class AccountManagement {

    static final Set<Role> REGION_ROLES = Set.of(Role.COMMANDER, Role.DEPARTMENT, Role.SUBDISTRICT_OFFICER,
            Role.GRID_WORKER);
    public static final Set<Role> APPROVAL_ROLES = Set.of(Role.COMMANDER, Role.DEPARTMENT, Role.SUBDISTRICT_OFFICER,
            Role.GRID_WORKER, Role.CADRE, Role.ADMIN);
    private static final String TEMPORARY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    /** A new or reset account with the temporary password to hand over once. */
    public record Issued(AccountView account, String temporaryPassword) {
    }

    private final Accounts accounts;
    private final Grants grants;
    private final RegionDirectory regions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Validator validator;
    private final SecureRandom random = new SecureRandom();

    AccountManagement(Accounts accounts, Grants grants, RegionDirectory regions, ApplicationEventPublisher events,
            Clock clock, Validator validator) {
        this.validator = validator;
        this.accounts = accounts;
        this.grants = grants;
        this.regions = regions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<AccountView> search(String text, Role role, Boolean enabled, Pageable pageable) {
        return accounts.search(text, role, enabled, pageable);
    }

    /** An enabled account by its exact username, for modules that pair people with records. */
    @Transactional(readOnly = true)
    public java.util.Optional<AccountView> findEnabled(String username) {
        if (username == null || username.isBlank()) {
            return java.util.Optional.empty();
        }
        String exact = username.strip().toLowerCase(Locale.ROOT);
        return accounts.search(exact, null, true, org.springframework.data.domain.PageRequest.of(0, 50)).stream()
                .filter(a -> a.username().equals(exact)).findFirst();
    }

    /** Usernames of the enabled liaison accounts of an enterprise, for messages to it. */
    @Transactional(readOnly = true)
    public List<String> liaisonsOf(long enterpriseId) {
        return accounts.enabled(Role.ENTERPRISE, enterpriseId, null).stream().map(AccountView::username).toList();
    }

    /**
     * Usernames of the enabled accounts of a department whose regions hold this path, for
     * messages about a matter routed to that department.
     */
    @Transactional(readOnly = true)
    public List<String> departmentMembersFor(Department department, String regionPath) {
        org.shuangsheng.shared.RegionPath path = org.shuangsheng.shared.RegionPath.of(regionPath);
        return accounts.enabled(Role.DEPARTMENT, null, department.name()).stream()
                .filter(a -> regions.pathsOf(a.regionCodes()).values().stream()
                        .anyMatch(p -> path.isWithin(org.shuangsheng.shared.RegionPath.of(p))))
                .map(AccountView::username).toList();
    }

    @Transactional(readOnly = true)
    public AccountView require(long id) {
        return accounts.view(id);
    }

    public Issued create(AccountForm form) {
        Violations violations = Violations.of(validator, form)
                .addAll(Violations.translate(validator.validate(form, AccountForm.Creating.class)));
        String username = UsernameValidator.normalized(form.getUsername());
        if (!violations.refused("username") && accounts.exists(username)) {
            violations.add("username", "account.username.taken", username);
        }
        Scope scope = scope(form);
        violations.addAll(scopeRules(form, scope));
        violations.throwIfAny();
        String temporary = temporaryPassword();
        boolean approval = needsApproval(null, scope, department(form));
        AccountView created = accounts.create(username, form.getDisplayName().strip(), temporary, scope.role(),
                department(form), scope.regionCodes(), scope.enterpriseId(), scope.checkpointId(), !approval,
                clock.instant());
        events.publishEvent(new AccountChanged(username, "CREATED", scope.role().name()));
        if (approval) {
            requestGrant(created, null, rights(scope, department(form)));
        }
        return new Issued(created, temporary);
    }

    public AccountView update(long id, AccountForm form) {
        AccountView before = accounts.view(id);
        Violations violations = Violations.of(validator, form);
        Scope scope = scope(form);
        violations.addAll(scopeRules(form, scope));
        if (violations.isEmpty()) {
            violations.addAll(rightsChangeRules(before, scope, department(form)));
        }
        violations.throwIfAny();
        if (needsApproval(before, scope, department(form))) {
            // The name changes now; the rights wait for the second person.
            AccountView renamed = accounts.update(id, form.getDisplayName().strip(), before.role(),
                    before.department(), before.regionCodes(), before.enterpriseId(), before.checkpointId());
            requestGrant(renamed, AccountGrantView.Rights.of(before), rights(scope, department(form)));
            return renamed;
        }
        AccountView after = accounts.update(id, form.getDisplayName().strip(), scope.role(), department(form),
                scope.regionCodes(), scope.enterpriseId(), scope.checkpointId());
        if (!before.approved()) {
            // Rights that need nobody's approval end the wait of an account whose request failed.
            after = accounts.approve(id);
        }
        if (before.role() != after.role()) {
            events.publishEvent(new AccountChanged(after.username(), "ROLE_CHANGED",
                    before.role() + " -> " + after.role()));
        }
        if (!before.regionCodes().equals(after.regionCodes())
                || !java.util.Objects.equals(before.enterpriseId(), after.enterpriseId())
                || !java.util.Objects.equals(before.checkpointId(), after.checkpointId())
                || !java.util.Objects.equals(before.department(), after.department())) {
            events.publishEvent(new AccountChanged(after.username(), "SCOPE_CHANGED",
                    String.join(",", after.regionCodes())));
        }
        if (before.role() != after.role() || !before.regionCodes().equals(after.regionCodes())) {
            accounts.endSessions(after.username());
        }
        return after;
    }

    public AccountView disable(long id) {
        AccountView account = accounts.view(id);
        if (isCurrentUser(id)) {
            throw new InvalidInputException("enabled", "account.disable.self");
        }
        if (account.role() == Role.ADMIN && account.enabled() && accounts.isLastEnabledAdministrator(id)) {
            throw new InvalidInputException("enabled", "account.disable.lastAdmin");
        }
        AccountView disabled = accounts.setEnabled(id, false);
        accounts.signOutEverywhere(id);
        events.publishEvent(new AccountChanged(account.username(), "DISABLED", null));
        return disabled;
    }

    public AccountView enable(long id) {
        if (!accounts.view(id).approved()) {
            throw new InvalidInputException("enabled", "account.enable.awaitingApproval");
        }
        AccountView enabled = accounts.setEnabled(id, true);
        events.publishEvent(new AccountChanged(enabled.username(), "ENABLED", null));
        return enabled;
    }

    public Issued resetPassword(long id) {
        String temporary = temporaryPassword();
        AccountView account = accounts.resetPassword(id, temporary, clock.instant());
        accounts.signOutEverywhere(id);
        events.publishEvent(new AccountChanged(account.username(), "PASSWORD_RESET", null));
        return new Issued(account, temporary);
    }

    /** The signed-in user replaces its own password, typing the current one again. */
    public void changeOwnPassword(PasswordChange change) {
        Scope me = CurrentUser.scope().orElseThrow();
        String currentPassword = change.currentPassword();
        String newPassword = change.newPassword();
        Violations violations = Violations.of(validator, change);
        if (!accounts.passwordMatches(me.userId(), currentPassword)) {
            violations.add("currentPassword", "password.currentWrong");
        }
        accounts.checkPolicy(newPassword, me.username())
                .forEach(key -> violations.add("newPassword", key, accounts.minPasswordLength()));
        if (newPassword != null && currentPassword != null && newPassword.equals(currentPassword)) {
            violations.add("newPassword", "password.sameAsBefore");
        }
        if (newPassword == null || !newPassword.equals(change.confirmation())) {
            violations.add("confirmation", "password.mismatch");
        }
        violations.throwIfAny();
        accounts.changePassword(me.userId(), newPassword, clock.instant());
        // The old password may be what leaked: whatever was signed in with it ends, this session too.
        accounts.signOutEverywhere(me.userId());
        events.publishEvent(new AccountChanged(me.username(), "PASSWORD_CHANGED", null));
    }

    /**
     * Rights come from someone else: nobody changes its own role or scope, or an administrator
     * could make itself commander and read every household. And someone must always remain
     * who can open the user administration.
     */
    private List<Violation> rightsChangeRules(AccountView before, Scope after, String department) {
        List<Violation> violations = new ArrayList<>();
        if (isCurrentUser(before.id())) {
            if (after.role() != before.role()) {
                violations.add(new Violation("role", "account.role.self"));
            } else if (!after.regionCodes().equals(before.regionCodes())) {
                violations.add(new Violation("regionCodes", "account.scope.self"));
            } else if (!java.util.Objects.equals(department, before.department())) {
                violations.add(new Violation("department", "account.scope.self"));
            } else if (!java.util.Objects.equals(after.enterpriseId(), before.enterpriseId())) {
                violations.add(new Violation("enterpriseId", "account.scope.self"));
            } else if (!java.util.Objects.equals(after.checkpointId(), before.checkpointId())) {
                violations.add(new Violation("checkpointId", "account.scope.self"));
            }
        }
        if (!AccountGrantView.Rights.of(before).equals(rights(after, department))
                && grants.pendingFor(before.id()).isPresent()) {
            violations.add(new Violation("role", "account.grant.pending"));
        }
        if (before.role() == Role.ADMIN && after.role() != Role.ADMIN && before.enabled()
                && accounts.isLastEnabledAdministrator(before.id())) {
            violations.add(new Violation("role", "account.role.lastAdmin"));
        }
        return violations;
    }

    /**
     * Whether these rights, asked for by the signed-in person, must wait for a second one: a role
     * of {@link #APPROVAL_ROLES} the account did not hold, or a wider scope of it.
     */
    private boolean needsApproval(AccountView before, Scope after, String department) {
        Optional<Scope> requester = CurrentUser.scope();
        if (requester.isEmpty() || !APPROVAL_ROLES.contains(after.role())) {
            return false;
        }
        if (after.role() == Role.ADMIN && nobodyElseCouldApprove(requester.get().userId())) {
            return false;
        }
        if (before == null || !before.approved() || before.role() != after.role()
                || !Objects.equals(before.department(), department)
                || !Objects.equals(before.enterpriseId(), after.enterpriseId())
                || !Objects.equals(before.checkpointId(), after.checkpointId())) {
            return true;
        }
        return widens(before.regionCodes(), after.regionCodes());
    }

    /** A region is wider unless it lies inside one the account already covers. */
    private boolean widens(Set<String> before, Set<String> after) {
        Set<String> added = new LinkedHashSet<>(after);
        added.removeAll(before);
        if (added.isEmpty()) {
            return false;
        }
        Set<String> all = new LinkedHashSet<>(before);
        all.addAll(added);
        Map<String, String> paths = regions.pathsOf(all);
        List<RegionPath> covered = before.stream().filter(paths::containsKey).map(c -> RegionPath.of(paths.get(c)))
                .toList();
        return added.stream().anyMatch(code -> !paths.containsKey(code)
                || covered.stream().noneMatch(RegionPath.of(paths.get(code))::isWithin));
    }

    private boolean nobodyElseCouldApprove(long requesterId) {
        return accounts.enabled(Role.ADMIN, null, null).stream().allMatch(admin -> admin.id() == requesterId)
                && accounts.enabled(Role.COMMANDER, null, null).isEmpty();
    }

    private void requestGrant(AccountView account, AccountGrantView.Rights from, AccountGrantView.Rights to) {
        String requester = CurrentUser.scope().orElseThrow().username();
        grants.request(account.id(), from, to, requester, clock.instant());
        events.publishEvent(new AccountChanged(account.username(), "GRANT_REQUESTED",
                (from == null ? "-" : from.summary()) + " -> " + to.summary()));
    }

    private static AccountGrantView.Rights rights(Scope scope, String department) {
        return new AccountGrantView.Rights(scope.role(), department, scope.regionCodes(), scope.enterpriseId(),
                scope.checkpointId());
    }

    private static boolean isCurrentUser(long id) {
        return CurrentUser.scope().map(s -> s.userId() == id).orElse(false);
    }

    /** The rights the form asks for, read as the rules below judge them; null without a role. */
    private static Scope scope(AccountForm form) {
        Role role = form.getRole();
        if (role == null) {
            return null;
        }
        Set<String> codes = new LinkedHashSet<>();
        if (REGION_ROLES.contains(role) || role == Role.CADRE || role == Role.FARMER) {
            codes.addAll(regionCodes(form));
        }
        Long enterpriseId = role == Role.ENTERPRISE ? id(form.getEnterpriseId()) : null;
        Long checkpointId = role == Role.CHECKPOINT_GUARD ? id(form.getCheckpointId()) : null;
        return new Scope(0, "", role, codes, enterpriseId, checkpointId);
    }

    /** What the role needs besides itself: regions that exist, the department, the enterprise or checkpoint. */
    private List<Violation> scopeRules(AccountForm form, Scope scope) {
        List<Violation> found = new ArrayList<>();
        if (scope == null) {
            return found;
        }
        Role role = scope.role();
        if (REGION_ROLES.contains(role)) {
            if (scope.regionCodes().isEmpty()) {
                found.add(new Violation("regionCodes", "account.regions.required"));
            } else {
                Set<String> known = regions.pathsOf(scope.regionCodes()).keySet();
                scope.regionCodes().stream().filter(c -> !known.contains(c)).findFirst().ifPresent(unknown ->
                        found.add(new Violation("regionCodes", "account.regions.unknown", unknown)));
            }
        }
        if (role == Role.DEPARTMENT && department(form) == null) {
            found.add(new Violation("department", "account.department.required"));
        }
        if (role == Role.ENTERPRISE) {
            idRule(form.getEnterpriseId(), "enterpriseId").ifPresent(found::add);
        }
        if (role == Role.CHECKPOINT_GUARD) {
            idRule(form.getCheckpointId(), "checkpointId").ifPresent(found::add);
        }
        return found;
    }

    private static Set<String> regionCodes(AccountForm form) {
        Set<String> codes = new LinkedHashSet<>();
        if (form.getRegionCodes() != null) {
            Arrays.stream(form.getRegionCodes().split("[\\s,，;；]+")).map(String::strip).filter(c -> !c.isEmpty())
                    .forEach(codes::add);
        }
        return codes;
    }

    private static String department(AccountForm form) {
        if (form.getRole() != Role.DEPARTMENT || form.getDepartment() == null || form.getDepartment().isBlank()) {
            return null;
        }
        return Arrays.stream(Department.values()).map(Enum::name).filter(form.getDepartment().strip()::equals)
                .findFirst().orElse(null);
    }

    /** An enterprise's or a checkpoint's id: a positive whole number; null when it is none. */
    private static Long id(String text) {
        if (text == null) {
            return null;
        }
        try {
            long value = Long.parseLong(text.strip());
            return value > 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Optional<Violation> idRule(String text, String field) {
        if (text == null || text.isBlank()) {
            return Optional.of(new Violation(field, "account." + field + ".required"));
        }
        return id(text) == null ? Optional.of(new Violation(field, "account.id.format")) : Optional.empty();
    }

    private String temporaryPassword() {
        // Four kinds of characters so that the temporary password passes the policy it precedes.
        StringBuilder password = new StringBuilder("Tmp-");
        for (int i = 0; i < 12; i++) {
            password.append(TEMPORARY_ALPHABET.charAt(random.nextInt(TEMPORARY_ALPHABET.length())));
        }
        return password.append(random.nextInt(10)).toString();
    }
}
