package org.shuangsheng.identity.internal;

import java.time.Clock;
import java.util.Set;
import org.shuangsheng.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outside demo mode there is no default password: the first administrator is created from
 * {@code SHUANGSHENG_ADMIN_PASSWORD} and must choose a new password at first sign-in.
 */
@Component
@Order(5)
@ConditionalOnProperty(name = "shuangsheng.demo.enabled", havingValue = "false")
class FirstAdministrator implements ApplicationRunner {

    static final int MIN_LENGTH = 12;

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final String password;

    FirstAdministrator(UserAccountRepository accounts, PasswordEncoder encoder, Clock clock,
            @Value("${SHUANGSHENG_ADMIN_PASSWORD:}") String password) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        if (password.length() < MIN_LENGTH) {
            throw new IllegalStateException("No user exists yet: set SHUANGSHENG_ADMIN_PASSWORD (at least "
                    + MIN_LENGTH + " characters) for the first administrator, 'admin'");
        }
        UserAccount admin = new UserAccount("admin", "系统管理员", encoder.encode(password), Role.ADMIN, Set.of(), null,
                null, false, clock.instant());
        admin.requirePasswordChange();
        accounts.save(admin);
        log.info("Created the first administrator 'admin'; the password must be changed at first sign-in");
    }
}
