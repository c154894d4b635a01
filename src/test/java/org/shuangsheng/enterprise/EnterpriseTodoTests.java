package org.shuangsheng.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.TodoHome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The to-do home (今日待办) of an enterprise's liaison (its filing, a returned filing, today's
 * report) and of the task force (enterprises without today's report, green-channel requests
 * past their deadline), for an enterprise the test registers; counts are compared before and
 * after, whatever the demo holds.
 */
@PlatformTest
class EnterpriseTodoTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theLiaisonIsLedThroughFilingAndTheDailyReportAndTheTaskForceSeesWhoHasNotReported() throws Exception {
        String hongqi = tokens.bearer("hongqi");
        long id = EnterpriseFixtures.register(mvc, tokens, "hongqi", "待办测试有限公司", EnterpriseFixtures.HONGQI);
        String liaison = "todo" + id;
        mvc.perform(post("/enterprises/" + id + "/liaison-account").with(users.as("hongqi")).with(csrf())
                .param("username", liaison)).andExpect(status().isOk());
        // The liaison has replaced the temporary password, as the first sign-in asks.
        jdbc.update("update identity_user set must_change_password = false where username = ?", liaison);
        long unreported = TodoHome.of(mvc, users, "hongqi").count("enterprise-unreported");
        long unreportedDistrict = TodoHome.of(mvc, users, "commander").count("enterprise-unreported");

        TodoHome home = TodoHome.of(mvc, users, liaison);
        assertThat(home.count("enterprise-filing")).isEqualTo(1);
        assertThat(home.count("enterprise-returned")).isZero();
        assertThat(home.count("enterprise-report")).isZero();
        assertThat(home.shows("enterprise-unreported")).isFalse();
        assertThat(home.link("enterprise-filing")).isEqualTo("/enterprises/" + id + "/filing");
        mvc.perform(get(home.link("enterprise-filing")).with(users.as(liaison))).andExpect(status().isOk());

        mvc.perform(post("/api/v1/enterprises/" + id + "/filings").header("Authorization", hongqi)
                        .contentType(MediaType.APPLICATION_JSON).content(EnterpriseFixtures.filing(true)))
                .andExpect(status().isCreated());
        home = TodoHome.of(mvc, users, liaison);
        assertThat(home.count("enterprise-filing")).isZero();
        assertThat(home.count("enterprise-report")).isEqualTo(1);
        assertThat(home.link("enterprise-report")).isEqualTo("/enterprises/" + id + "/daily-report");
        mvc.perform(get(home.link("enterprise-report")).with(users.as(liaison))).andExpect(status().isOk());
        TodoHome officer = TodoHome.of(mvc, users, "hongqi");
        assertThat(officer.count("enterprise-unreported")).isEqualTo(unreported + 1);
        assertThat(TodoHome.of(mvc, users, "commander").count("enterprise-unreported"))
                .isEqualTo(unreportedDistrict + 1);
        mvc.perform(get(officer.link("enterprise-unreported")).with(users.as("hongqi"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("待办测试有限公司")));

        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        mvc.perform(post("/api/v1/enterprises/" + id + "/daily-reports").header("Authorization", hongqi)
                        .contentType(MediaType.APPLICATION_JSON).content(DailyReportTests.report(today, 40)))
                .andExpect(status().isCreated());
        assertThat(TodoHome.of(mvc, users, liaison).count("enterprise-report")).isZero();
        assertThat(TodoHome.of(mvc, users, "hongqi").count("enterprise-unreported")).isEqualTo(unreported);

        mvc.perform(post("/enterprises/" + id + "/filing/return").with(users.as("hongqi")).with(csrf())
                .param("reason", "缺少隔离室说明")).andExpect(status().is3xxRedirection());
        assertThat(TodoHome.of(mvc, users, liaison).count("enterprise-returned")).isEqualTo(1);
    }

    @Test
    void aGreenChannelRequestPastItsDeadlineWaitsOnTheTaskForceOfItsRegion() throws Exception {
        long id = EnterpriseFixtures.register(mvc, tokens, "hongqi", "诉求待办测试有限公司", EnterpriseFixtures.HONGQI);
        long overdue = TodoHome.of(mvc, users, "hongqi").count("enterprise-overdue-requests");
        long overdueDistrict = TodoHome.of(mvc, users, "commander").count("enterprise-overdue-requests");
        String body = mvc.perform(post("/api/v1/enterprises/" + id + "/requests")
                        .header("Authorization", tokens.bearer("hongqi")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":\"OTHER\",\"description\":\"缺少口罩\",\"urgency\":\"NORMAL\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long request = ((Number) JsonPath.read(body, "$.id")).longValue();
        assertThat(TodoHome.of(mvc, users, "hongqi").count("enterprise-overdue-requests")).isEqualTo(overdue);

        // Its response deadline passed an hour ago.
        jdbc.update("update enterprise_service_request set deadline = ? where id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofHours(1))), request);
        TodoHome officer = TodoHome.of(mvc, users, "hongqi");
        assertThat(officer.count("enterprise-overdue-requests")).isEqualTo(overdue + 1);
        assertThat(TodoHome.of(mvc, users, "commander").count("enterprise-overdue-requests"))
                .isEqualTo(overdueDistrict + 1);
        assertThat(officer.link("enterprise-overdue-requests")).isEqualTo("/enterprises/requests?overdue=true");
        mvc.perform(get(officer.link("enterprise-overdue-requests")).with(users.as("hongqi")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("/enterprises/requests/" + request)));
    }
}
