package org.shuangsheng.identity;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.shuangsheng.identity.AccountGrantView.Rights;
import org.shuangsheng.identity.AccountGrantView.Status;
import org.shuangsheng.identity.internal.Accounts;
import org.shuangsheng.identity.internal.Grants;
import org.shuangsheng.shared.InvalidInputException;
import org.shuangsheng.shared.TypedText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second pair of eyes on a grant {@link AccountManagement} only requested: another
 * administrator or the commander approves it, and only then does the account get the role and
 * scope, or rejects it with a reason and the account stays as it was. Nobody decides on its own
 * request, nor on a grant to its own account.
 */
@Service
@Transactional
public class AccountApprovals {

    static final int REASON_LENGTH = 500;

    private final Accounts accounts;
    private final Grants grants;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountApprovals(Accounts accounts, Grants grants, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.grants = grants;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<AccountGrantView> pending(Pageable pageable) {
        return grants.pending(pageable);
    }

    @Transactional(readOnly = true)
    public Optional<AccountGrantView> pendingFor(long accountId) {
        return grants.pendingFor(accountId);
    }

    @Transactional(readOnly = true)
    public Map<Long, AccountGrantView> pendingFor(Collection<Long> accountIds) {
        return grants.pendingFor(accountIds);
    }

    /** Grants waiting for a decision, for the badge beside the navigation. */
    @Transactional(readOnly = true)
    public long pendingCount() {
        return grants.countPending();
    }

    /** Whether the signed-in person may approve or reject this grant. */
    public static boolean mayDecide(AccountGrantView grant) {
        return CurrentUser.scope().filter(me -> IdentityPolicy.GRANT_DECIDERS.allows(me.role()))
                .filter(me -> !me.username().equals(grant.requestedBy()) && me.userId() != grant.accountId())
                .isPresent();
    }

    public AccountGrantView approve(long grantId) {
        AccountGrantView grant = undecided(grantId);
        AccountView account = accounts.view(grant.accountId());
        Rights to = grant.to();
        if (account.role() == Role.ADMIN && to.role() != Role.ADMIN && account.enabled()
                && accounts.isLastEnabledAdministrator(account.id())) {
            throw new InvalidInputException("grant", "account.role.lastAdmin");
        }
        accounts.update(account.id(), account.displayName(), to.role(), to.department(), to.regionCodes(),
                to.enterpriseId(), to.checkpointId());
        if (!account.approved()) {
            accounts.approve(account.id());
        }
        accounts.endSessions(account.username());
        AccountGrantView approved = grants.decide(grantId, Status.APPROVED, decider(), null, clock.instant());
        events.publishEvent(new AccountChanged(account.username(), "GRANT_APPROVED",
                change(grant) + " requested by " + grant.requestedBy()));
        return approved;
    }

    public AccountGrantView reject(long grantId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidInputException("reason", "account.grant.reasonRequired");
        }
        if (why.length() > REASON_LENGTH || TypedText.hasHiddenControls(why)) {
            throw new InvalidInputException("reason", "account.grant.reasonFormat", REASON_LENGTH);
        }
        AccountGrantView grant = undecided(grantId);
        AccountGrantView rejected = grants.decide(grantId, Status.REJECTED, decider(), why, clock.instant());
        events.publishEvent(new AccountChanged(grant.username(), "GRANT_REJECTED",
                change(grant) + " requested by " + grant.requestedBy() + ": " + why));
        return rejected;
    }

    private AccountGrantView undecided(long grantId) {
        AccountGrantView grant = grants.require(grantId);
        if (grant.status() != Status.PENDING) {
            throw new InvalidInputException("grant", "account.grant.decided");
        }
        Scope me = CurrentUser.scope().orElseThrow(() -> new InvalidInputException("grant", "account.grant.notYours"));
        if (me.username().equals(grant.requestedBy())) {
            throw new InvalidInputException("grant", "account.grant.ownRequest");
        }
        if (me.userId() == grant.accountId()) {
            throw new InvalidInputException("grant", "account.grant.ownAccount");
        }
        if (!IdentityPolicy.GRANT_DECIDERS.allows(me.role())) {
            throw new InvalidInputException("grant", "account.grant.notYours");
        }
        return grant;
    }

    private static String decider() {
        return CurrentUser.scope().orElseThrow().username();
    }

    private static String change(AccountGrantView grant) {
        return (grant.from() == null ? "-" : grant.from().summary()) + " -> " + grant.to().summary();
    }
}
