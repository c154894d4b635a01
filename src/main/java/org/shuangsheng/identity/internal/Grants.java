package org.shuangsheng.identity.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.shuangsheng.identity.AccountGrantView;
import org.shuangsheng.identity.AccountGrantView.Status;
import org.shuangsheng.shared.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The storage side of four-eyes grants, so the entity stays inside the module. */
@Component
@Transactional
public class Grants {

    private final AccountGrantRepository grants;
    private final UserAccountRepository accounts;

    Grants(AccountGrantRepository grants, UserAccountRepository accounts) {
        this.grants = grants;
        this.accounts = accounts;
    }

    public AccountGrantView request(long userId, AccountGrantView.Rights from, AccountGrantView.Rights to,
            String requestedBy, Instant now) {
        return view(grants.save(new AccountGrant(userId, from, to, requestedBy, now)));
    }

    public Optional<AccountGrantView> pendingFor(long userId) {
        return grants.findFirstByUserIdAndStatus(userId, Status.PENDING).map(this::view);
    }

    /** The pending grant of each of these accounts, by account id: one query for a page of users. */
    public Map<Long, AccountGrantView> pendingFor(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return grants.findByStatusAndUserIdIn(Status.PENDING, userIds).stream().map(this::view)
                .collect(Collectors.toMap(AccountGrantView::accountId, Function.identity(), (a, b) -> a));
    }

    public Page<AccountGrantView> pending(Pageable pageable) {
        return grants.findByStatus(Status.PENDING, pageable).map(this::view);
    }

    public long countPending() {
        return grants.countByStatus(Status.PENDING);
    }

    public AccountGrantView require(long id) {
        return view(get(id));
    }

    public AccountGrantView decide(long id, Status decision, String by, String reason, Instant now) {
        AccountGrant grant = get(id);
        grant.decide(decision, by, reason, now);
        return view(grants.saveAndFlush(grant));
    }

    private AccountGrant get(long id) {
        return grants.findById(id).orElseThrow(() -> new NotFoundException("grant"));
    }

    private AccountGrantView view(AccountGrant grant) {
        String username = accounts.findById(grant.userId()).map(UserAccount::getUsername).orElse("");
        return grant.view(username);
    }
}
