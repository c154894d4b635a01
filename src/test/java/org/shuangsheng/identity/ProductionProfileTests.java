package org.shuangsheng.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.shuangsheng.identity.internal.UserAccount;
import org.shuangsheng.identity.internal.UserAccountRepository;
import org.shuangsheng.region.RegionQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = {
        "spring.profiles.active=prod",
        "spring.datasource.url=jdbc:h2:mem:prod-profile;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        "SHUANGSHENG_ADMIN_PASSWORD=a-long-first-password-2020",
        "SHUANGSHENG_DATA_KEY=cHJvZHVjdGlvbi1wcm9maWxlLXRlc3Qta2V5LTIwMjAhIQ=="})
class ProductionProfileTests {

    @Autowired
    RegionQueries regions;

    @Autowired
    UserAccountRepository accounts;

    @Test
    void productionSeedsNoDemoDataAndOnlyTheFirstAdministrator() {
        assertThat(regions.isEmpty()).isTrue();
        assertThat(accounts.findAll()).singleElement().satisfies(admin -> {
            assertThat(admin.getUsername()).isEqualTo("admin");
            assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
            assertThat(admin.mustChangePassword()).isTrue();
            assertThat(admin.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("a-long-first-password");
        });
        assertThat(accounts.findByUsername("commander")).isEmpty();
    }
}
