package org.shuangsheng.identity;

import static org.assertj.core.api.Assertions.assertThat;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.shuangsheng.identity.internal.UserAccount;
import org.shuangsheng.identity.internal.UserAccountRepository;
import org.shuangsheng.region.RegionQueries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = {
        "spring.profiles.active=prod",
        "spring.datasource.url=jdbc:h2:mem:prod-profile;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        "SHUANGSHENG_ADMIN_PASSWORD=a-long-first-password-2020",
        "SHUANGSHENG_DATA_KEY=cHJvZHVjdGlvbi1wcm9maWxlLXRlc3Qta2V5LTIwMjAhIQ=="})
@AutoConfigureMockMvc
class ProductionProfileTests {

    @Autowired
    MockMvc mvc;

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

    /**
     * Issue 11, finding 11: the API description and Swagger UI were on in production. Off unless
     * SHUANGSHENG_API_DOCS turns them on, so even a signed-in user finds nothing there.
     */
    @Test
    void productionServesNoApiDescriptionOrSwaggerUi() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user("reader"))).andExpect(status().isNotFound());
        mvc.perform(get("/swagger-ui/index.html").with(user("reader"))).andExpect(status().isNotFound());
    }
}
