package org.shuangsheng.identity.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.shuangsheng.identity.Department;
import org.shuangsheng.identity.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The demo accounts of the README, one per role, created after the demo district. */
@Component
@Order(20)
@ConditionalOnProperty(name = "shuangsheng.demo.enabled", havingValue = "true")
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "Shuangsheng@2020";
    static final String DISTRICT = "230506";
    static final String HONGQI = "230506001";

    record Account(String username, String displayName, Role role) {
    }

    static final List<Account> ACCOUNTS = List.of(
            new Account("commander", "区指挥部值班员", Role.COMMANDER),
            new Account("admin", "系统管理员", Role.ADMIN),
            new Account("hongqi", "红旗街道办", Role.SUBDISTRICT_OFFICER),
            new Account("weijian", "区卫健局", Role.DEPARTMENT),
            new Account("grid01", "红旗街道网格员", Role.GRID_WORKER),
            new Account("grid02", "跃进街道网格员", Role.GRID_WORKER),
            new Account("cadre01", "包保干部", Role.CADRE),
            new Account("guard01", "卡口值守员", Role.CHECKPOINT_GUARD),
            new Account("ent01", "企业联络员", Role.ENTERPRISE),
            new Account("farmer01", "七星村农户", Role.FARMER));

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;

    DemoAccounts(UserAccountRepository accounts, PasswordEncoder encoder, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        for (Account account : ACCOUNTS) {
            UserAccount user = new UserAccount(account.username(), account.displayName(), encoder.encode(PASSWORD),
                    account.role(), regionsOf(account.username()),
                    account.role() == Role.ENTERPRISE ? 1L : null,
                    account.role() == Role.CHECKPOINT_GUARD ? 1L : null, true, clock.instant());
            if (account.role() == Role.DEPARTMENT) {
                user.assign(account.displayName(), account.role(), Department.HEALTH.name(),
                        regionsOf(account.username()), null, null);
            }
            accounts.save(user);
        }
    }

    /**
     * Codes of the demo district's units, as the region module seeds them. Kept as data here so
     * that identity needs nothing from the region module; a test checks that each one exists.
     */
    static Set<String> regionsOf(String username) {
        return switch (username) {
            case "commander", "weijian" -> Set.of(DISTRICT);
            case "hongqi" -> Set.of(HONGQI);
            case "grid01" -> Set.of("23050600100101");
            case "grid02" -> Set.of("23050600200101");
            case "cadre01" -> Set.of("230506001001");
            case "farmer01" -> Set.of("230506101201");
            default -> Set.of();
        };
    }
}
