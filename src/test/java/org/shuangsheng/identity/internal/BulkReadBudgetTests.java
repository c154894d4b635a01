package org.shuangsheng.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.shuangsheng.identity.BulkReads;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/**
 * Issue 11, finding 6: three API pages of 1,000 households copied a subdistrict in 0.3 s while
 * the export limit only looked at paths ending in /export. A large page of a list with personal
 * data spends the same per-user budget as a download; an ordinary page and a list without
 * personal data do not.
 */
class BulkReadBudgetTests {

    static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

    final BulkReads bulkReads = BulkReads.of(100, "/api/v1/households", "/api/v1/enterprises/*/returning-workers");

    final RateLimit limit = RateLimit.exports(Clock.fixed(NOW, ZoneOffset.UTC), 2, Duration.ofMinutes(10),
            messages(), new FixedLocaleResolver(Locale.ENGLISH), bulkReads::isBulk);

    static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("problem.status.429", Locale.ENGLISH, "Too many requests");
        messages.addMessage("problem.exportThrottled", Locale.ENGLISH, "Too many exports; wait {0} s.");
        messages.addMessage("problem.bulkReadThrottled", Locale.ENGLISH, "Too many large pages; wait {0} s.");
        return messages;
    }

    MockHttpServletResponse get(String user, String path, String size) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setUserPrincipal(() -> user);
        if (size != null) {
            request.setParameter("size", size);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        limit.doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void largePagesOfHouseholdsSpendTheExportBudgetAndAreRefusedWith429ProblemJsonOnceItIsSpent() throws Exception {
        assertThat(get("weijian", "/api/v1/households", "1000").getStatus()).isEqualTo(200);
        assertThat(get("weijian", "/api/v1/enterprises/7/returning-workers", "101").getStatus()).isEqualTo(200);

        MockHttpServletResponse refused = get("weijian", "/api/v1/households", "1000");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(refused.getHeader("Retry-After")).isEqualTo("600");
        assertThat(refused.getContentAsString()).contains("\"status\":429").contains("Too many large pages; wait 600 s.");

        // A download after the large pages finds the budget spent too: one budget for both.
        assertThat(get("weijian", "/api/v1/households/export", null).getStatus()).isEqualTo(429);
        // Another user's budget is untouched.
        assertThat(get("hongqi", "/api/v1/households", "1000").getStatus()).isEqualTo(200);
    }

    @Test
    void ordinaryPagesAndListsWithoutPersonalDataAreNotCounted() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(get("xinxing", "/api/v1/households", "100").getStatus()).isEqualTo(200);
            assertThat(get("xinxing", "/api/v1/households", null).getStatus()).isEqualTo(200);
            assertThat(get("xinxing", "/api/v1/households", "lots").getStatus()).isEqualTo(200);
            assertThat(get("xinxing", "/api/v1/regions", "1000").getStatus()).isEqualTo(200);
            assertThat(get("xinxing", "/api/v1/households/42", "1000").getStatus()).isEqualTo(200);
        }
        // The budget is still whole: two large pages pass.
        assertThat(get("xinxing", "/api/v1/households", "1000").getStatus()).isEqualTo(200);
        assertThat(get("xinxing", "/api/v1/households", "1000").getStatus()).isEqualTo(200);
        assertThat(get("xinxing", "/api/v1/households", "1000").getStatus()).isEqualTo(429);
    }
}
