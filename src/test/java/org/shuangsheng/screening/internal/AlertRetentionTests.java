package org.shuangsheng.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.shuangsheng.TestData;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.command.AlertSeverity;
import org.shuangsheng.command.Alerts;
import org.shuangsheng.command.NewAlert;
import org.shuangsheng.identity.DataScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The retention purge reaches the alerts screening raised about people: a resolved fever alert
 * from before the cut-off keeps its kind, grid and dates but loses the masked name, the
 * temperature, the notes and the text of the message that announced it; an open one, a newer one
 * and another module's alert stay as they were.
 */
@PlatformTest
class AlertRetentionTests {

    static final Clock SEPTEMBER = Clock.fixed(Instant.parse("2020-09-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    static final String GRID = "23050600100101";

    @Autowired
    Alerts alerts;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void resolvedFeverAlertsOlderThanTheCutoffLoseTheirDetailsAndNothingElseDoes() throws Exception {
        String path = jdbc.queryForObject("select path from region_unit where code = ?", String.class, GRID);
        String tag = TestData.tag("retention");
        long old = fever(path, "周*", "38.9", tag + "-old");
        long open = fever(path, "吴*", "39.1", tag + "-open");
        long recent = fever(path, "郑*", "38.6", tag + "-recent");
        long other = alerts.raise(new NewAlert("test.retention", AlertSeverity.INFO, GRID, path, "test.alert.contact",
                List.of("王*"), null, "other-" + tag));
        for (long id : List.of(old, recent, other)) {
            mvc.perform(post("/api/v1/alerts/{id}/resolve", id).header("Authorization", tokens.bearer("commander"))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"已送发热门诊\"}"))
                    .andExpect(status().isOk());
        }
        // 23:30 on 4 March in Shanghai is before the cut-off of 5 March; 00:30 on the 5th is not.
        jdbc.update("update command_alert set raised_at = ?, last_raised_at = ? where id in (?, ?, ?)",
                timestamp("2020-03-04T15:30:00Z"), timestamp("2020-03-04T15:30:00Z"), old, open, other);
        jdbc.update("update command_alert set raised_at = ?, last_raised_at = ? where id = ?",
                timestamp("2020-03-04T16:30:00Z"), timestamp("2020-03-04T16:30:00Z"), recent);
        Map<String, Object> openBefore = row(open);
        Map<String, Object> recentBefore = row(recent);
        Map<String, Object> otherBefore = row(other);

        AlertRetention retention = new AlertRetention(alerts, SEPTEMBER);
        DataScope.Regions district = new DataScope.Regions(java.util.Set.of(path.substring(0, path.indexOf('/'))));
        DataScope.Regions yuejin = new DataScope.Regions(java.util.Set.of("230506/002"));
        long before = retention.count(java.time.LocalDate.of(2020, 3, 5), district);
        assertThat(before).isEqualTo(1);
        assertThat(retention.count(java.time.LocalDate.of(2020, 3, 5), yuejin))
                .as("a scope that does not hold the grid counts none of its alerts").isZero();

        assertThat(retention.purge(java.time.LocalDate.of(2020, 3, 5), district)).isEqualTo(before);

        assertThat(row(old)).containsEntry("title_key", "alert.title.expired").containsEntry("title_args", null)
                .containsEntry("resolve_note", null).containsEntry("kind", "screening.fever")
                .containsEntry("region_path", path).containsEntry("status", "RESOLVED");
        assertThat(jdbc.queryForObject("select subject from notification_message where dedup_key = ?", String.class,
                "command.alert." + old)).isEqualTo("预警详情已按保存期限清除");
        assertThat(jdbc.queryForObject("select subject from notification_message where dedup_key = ?", String.class,
                "command.alert." + open)).contains("吴*");
        assertThat(row(open)).isEqualTo(openBefore);
        assertThat(row(recent)).isEqualTo(recentBefore);
        assertThat(row(other)).isEqualTo(otherBefore);
        mvc.perform(get("/alerts/{id}", old).with(users.as("commander")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("详情已按保存期限清除")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("周*"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("38.9"))));
        assertThat(retention.count(java.time.LocalDate.of(2020, 3, 5), district)).isZero();
        assertThat(retention.purge(java.time.LocalDate.of(2020, 3, 5), district)).isZero();
    }

    private long fever(String path, String name, String temperature, String key) {
        return alerts.raise(new NewAlert(FeverAlerts.KIND, AlertSeverity.CRITICAL, GRID, path, "screening.alert.fever",
                List.of(name, temperature, GRID), null, key));
    }

    private Map<String, Object> row(long id) {
        return jdbc.queryForMap("select * from command_alert where id = ?", id);
    }

    private static java.sql.Timestamp timestamp(String instant) {
        return java.sql.Timestamp.from(Instant.parse(instant));
    }
}
