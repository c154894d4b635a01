package org.shuangsheng.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.shuangsheng.identity.AccountView;
import org.shuangsheng.identity.Role;
import org.shuangsheng.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/** The storage side of account administration, so entities stay inside the module. */
@Component
@org.springframework.transaction.annotation.Transactional
public class Accounts {

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final Clock clock;
    private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;
    private final ApiTokens tokens;

    Accounts(UserAccountRepository accounts, PasswordEncoder encoder, PasswordPolicy policy, Clock clock,
            ObjectProvider<FindByIndexNameSessionRepository<?>> sessions, ApiTokens tokens) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.policy = policy;
        this.clock = clock;
        this.sessions = sessions;
        this.tokens = tokens;
    }

    public Page<AccountView> search(String text, Role role, Boolean enabled, Pageable pageable) {
        Specification<UserAccount> filter = (root, query, cb) -> cb.conjunction();
        if (text != null && !text.isBlank()) {
            String like = "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            filter = filter.and((root, query, cb) -> cb.or(cb.like(cb.lower(root.get("username")), like, '\\'),
                    cb.like(cb.lower(root.get("displayName")), like, '\\')));
        }
        if (role != null) {
            filter = filter.and((root, query, cb) -> cb.equal(root.get("role"), role));
        }
        if (enabled != null) {
            filter = filter.and((root, query, cb) -> cb.equal(root.get("enabled"), enabled));
        }
        return accounts.findAll(filter, pageable).map(this::view);
    }

    /**
     * Enabled accounts of a role, optionally only those answering for one enterprise or
     * belonging to one department: the recipients of a message about it.
     */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public List<AccountView> enabled(Role role, Long enterpriseId, String department) {
        Specification<UserAccount> filter = (root, query, cb) -> cb.and(cb.equal(root.get("role"), role),
                cb.isTrue(root.get("enabled")));
        if (enterpriseId != null) {
            filter = filter.and((root, query, cb) -> cb.equal(root.get("enterpriseId"), enterpriseId));
        }
        if (department != null) {
            filter = filter.and((root, query, cb) -> cb.equal(root.get("department"), department));
        }
        return accounts.findAll(filter, org.springframework.data.domain.Sort.by("username")).stream()
                .map(this::view).toList();
    }

    public AccountView view(long id) {
        return view(get(id));
    }

    public boolean exists(String username) {
        return accounts.findByUsername(username).isPresent();
    }

    public AccountView create(String username, String displayName, String password, Role role, String department,
            Set<String> regionCodes, Long enterpriseId, Long checkpointId, boolean approved, Instant now) {
        UserAccount account = new UserAccount(username, displayName, encoder.encode(password), role, regionCodes,
                enterpriseId, checkpointId, false, now);
        account.assign(displayName, role, department, regionCodes, enterpriseId, checkpointId);
        account.requirePasswordChange();
        if (!approved) {
            account.awaitApproval();
        }
        return view(accounts.save(account));
    }

    public AccountView update(long id, String displayName, Role role, String department, Set<String> regionCodes,
            Long enterpriseId, Long checkpointId) {
        UserAccount account = get(id);
        account.assign(displayName, role, department, regionCodes, enterpriseId, checkpointId);
        return view(accounts.saveAndFlush(account));
    }

    /** The second person said yes: an account created by the request may now sign in. */
    public AccountView approve(long id) {
        UserAccount account = get(id);
        account.approve();
        return view(account);
    }

    /**
     * Whether no enabled administrator but this one remains, read after locking every
     * administrator's row until the transaction ends: two administrators disabling or demoting
     * each other at once then take turns, and the second sees what the first did.
     */
    public boolean isLastEnabledAdministrator(long id) {
        accounts.lockAdministrators();
        return accounts.enabledIds(Role.ADMIN).stream().allMatch(admin -> admin == id);
    }

    public AccountView setEnabled(long id, boolean enabled) {
        UserAccount account = get(id);
        if (enabled) {
            account.enable();
        } else {
            account.disable();
        }
        return view(account);
    }

    public AccountView resetPassword(long id, String temporary, Instant now) {
        UserAccount account = get(id);
        account.resetPassword(encoder.encode(temporary), now);
        return view(account);
    }

    public boolean passwordMatches(long id, String password) {
        return password != null && encoder.matches(password, get(id).getPasswordHash());
    }

    public List<String> checkPolicy(String password, String username) {
        return policy.check(password, username);
    }

    public int minPasswordLength() {
        return policy.minLength();
    }

    public void changePassword(long id, String password, Instant now) {
        get(id).changePassword(encoder.encode(password), now);
    }

    /** Ends every session of the user on every instance: sessions live in the database. */
    public void endSessions(String username) {
        FindByIndexNameSessionRepository<?> repository = sessions.getIfAvailable();
        if (repository != null) {
            repository.findByPrincipalName(username).keySet().forEach(repository::deleteById);
        }
    }

    /**
     * Ends every session of the user and revokes every API token it holds: what was signed in
     * with an old password, or before the account was disabled, stays out for good.
     */
    public void signOutEverywhere(long id) {
        tokens.revokeAll(id);
        endSessions(get(id).getUsername());
    }

    private UserAccount get(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("account"));
    }

    private AccountView view(UserAccount a) {
        return new AccountView(a.getId(), a.getUsername(), a.getDisplayName(), a.getRole(), a.getDepartment(),
                Set.copyOf(a.getRegionCodes()), a.getEnterpriseId(), a.getCheckpointId(), a.isEnabled(),
                a.isLockedAt(clock.instant()), a.mustChangePassword(), a.isDemo(), a.getCreatedAt(), a.isApproved());
    }
}
