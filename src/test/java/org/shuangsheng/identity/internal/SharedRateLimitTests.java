package org.shuangsheng.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.DatabaseMetaData;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/**
 * Two instances behind a load balancer, each with its own sign-in limit, on one PostgreSQL
 * database: an address gets the configured number of attempts across both, not twice as many.
 * On the embedded H2 the budgets are in memory (one instance), so there is nothing to share.
 */
@PlatformTest
class SharedRateLimitTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    final StaticMessageSource messages = new StaticMessageSource();

    @Test
    void twoInstancesOnOneDatabaseSpendOneBudget() throws Exception {
        assumeTrue("PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource,
                DatabaseMetaData::getDatabaseProductName)), "budgets are shared on PostgreSQL only");
        messages.addMessage("problem.status.429", Locale.ENGLISH, "Too many requests");
        messages.addMessage("problem.throttled", Locale.ENGLISH, "Too many attempts; wait {0} s.");
        RateLimit first = signIns(RateLimitBudgets.of(dataSource, Clock.systemUTC()));
        RateLimit second = signIns(RateLimitBudgets.of(dataSource, Clock.systemUTC()));
        String address = TestData.tag("10.1");
        jdbc.update("delete from rate_limit_bucket where id like ?", "%:" + address);

        assertThat(post(first, "/login", address).getStatus()).isEqualTo(200);
        assertThat(post(second, "/api/v1/auth/token", address).getStatus()).isEqualTo(200);
        assertThat(post(first, "/api/v1/auth/token", address).getStatus()).isEqualTo(200);

        MockHttpServletResponse refused = post(second, "/api/v1/auth/token", address);
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 300L);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getContentAsString()).contains("\"status\":429").contains("\"title\":\"Too many requests\"")
                .contains("Too many attempts; wait ");
        assertThat(post(first, "/login", address).getStatus()).isEqualTo(429);
        assertThat(jdbc.queryForObject("select count(*) from rate_limit_bucket where id like ?", Integer.class,
                "%:" + address)).isEqualTo(1);

        // Another address has a budget of its own.
        assertThat(post(second, "/login", TestData.tag("10.2")).getStatus()).isEqualTo(200);
    }

    private RateLimit signIns(RateLimitBudgets budgets) {
        return RateLimit.signIns(budgets, 3, Duration.ofMinutes(5), messages, new FixedLocaleResolver(Locale.ENGLISH));
    }

    private static MockHttpServletResponse post(RateLimit limit, String path, String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        limit.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
