package org.shuangsheng.identity.internal;

import java.util.List;
import java.util.Optional;
import org.shuangsheng.identity.AccountGrantView;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AccountGrantRepository extends JpaRepository<AccountGrant, Long> {

    Optional<AccountGrant> findFirstByUserIdAndStatus(long userId, AccountGrantView.Status status);

    List<AccountGrant> findByStatusAndUserIdIn(AccountGrantView.Status status, java.util.Collection<Long> userIds);

    long countByStatus(AccountGrantView.Status status);

    Page<AccountGrant> findByStatus(AccountGrantView.Status status, Pageable pageable);
}
