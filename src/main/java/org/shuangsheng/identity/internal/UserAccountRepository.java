package org.shuangsheng.identity.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long>,
        org.springframework.data.jpa.repository.JpaSpecificationExecutor<UserAccount> {

    Optional<UserAccount> findByUsername(String username);
}
