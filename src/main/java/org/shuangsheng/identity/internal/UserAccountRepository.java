package org.shuangsheng.identity.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long>,
        org.springframework.data.jpa.repository.JpaSpecificationExecutor<UserAccount> {

    Optional<UserAccount> findByUsername(String username);

    // Native, so that the lock takes rows only and never an outer join of the eager region set.
    @org.springframework.data.jpa.repository.Query(value = "SELECT id FROM identity_user WHERE role = 'ADMIN' "
            + "ORDER BY id FOR UPDATE", nativeQuery = true)
    java.util.List<Long> lockAdministrators();

    @org.springframework.data.jpa.repository.Query("select a.id from UserAccount a where a.role = :role "
            + "and a.enabled = true order by a.id")
    java.util.List<Long> enabledIds(org.shuangsheng.identity.Role role);
}
