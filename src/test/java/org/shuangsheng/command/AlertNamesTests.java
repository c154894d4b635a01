package org.shuangsheng.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.TestData;
import org.shuangsheng.notification.NotificationQueries;
import org.shuangsheng.notification.NotificationView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * People read a region by its names (红旗街道 · 建设社区 · 第1网格), not by its code: on the alert
 * list, the alert's page and the message that announced it. The JSON answer keeps the code.
 */
@PlatformTest
class AlertNamesTests {

    /** 红旗街道 · 建设社区 · 第1网格 of the demo district. */
    static final String GRID = "23050600100101";
    static final String GRID_PATH = "230506/001/001/01";
    static final String PLACE = "红旗街道 · 建设社区 · 第1网格";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    Alerts alerts;

    @Autowired
    NotificationQueries notifications;

    @Autowired
    JdbcClient jdbc;

    long raised = -1;

    @AfterEach
    void removeTheAlert() {
        jdbc.sql("DELETE FROM command_alert WHERE id = ?").param(raised).update();
    }

    long feverIn(String kind) {
        raised = alerts.raise(new NewAlert(kind, AlertSeverity.CRITICAL, GRID, GRID_PATH, "screening.alert.fever",
                List.of("郭*", "38.6", GRID), "/households/1", "names-" + TestData.next()));
        return raised;
    }

    @Test
    void theAlertListAndPageNameTheGridWithItsCommunityAndKeepTheCodeOnHover() throws Exception {
        String kind = "test.names" + TestData.next();
        long id = feverIn(kind);

        mvc.perform(get("/alerts").param("kind", kind).with(users.as("commander")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("发现发热人员 郭*（38.6℃），网格 " + PLACE)))
                .andExpect(content().string(containsString("title=\"" + GRID + "\">" + PLACE + "</td>")));
        mvc.perform(get("/alerts/{id}", id).with(users.as("commander")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("网格 " + PLACE + "</h1>")))
                .andExpect(content().string(containsString("title=\"" + GRID + "\">" + PLACE + "</span>")));
        mvc.perform(get("/api/v1/alerts").param("kind", kind).header("Authorization", tokens.bearer("commander")))
                .andExpect(jsonPath("$[0].title").value("发现发热人员 郭*（38.6℃），网格 " + GRID))
                .andExpect(jsonPath("$[0].regionName").value("第1网格"))
                .andExpect(jsonPath("$[0].regionCode").value(GRID));
    }

    @Test
    void theAlertPageShowsTheKindByItsLabelInTheReadersLanguage() throws Exception {
        long id = feverIn("screening.fever");

        mvc.perform(get("/alerts/{id}", id).with(users.as("commander")))
                .andExpect(content().string(containsString("title=\"screening.fever\">入户排查发现发热</span>")))
                .andExpect(content().string(not(containsString(">screening.fever<"))));
        mvc.perform(get("/alerts/{id}", id).param("lang", "en").with(users.as("commander")))
                .andExpect(content().string(containsString(">Fever found at a door-to-door visit</span>")));
    }

    @Test
    void theMessageAboutAGridNamesItInsteadOfAMaskedCodeOrAPath() throws Exception {
        long id = feverIn("test.names" + TestData.next());

        NotificationView message = notifications.inbox(users.scope("commander"), false, PageRequest.of(0, 200))
                .getContent().stream().filter(m -> m.body().contains("/alerts/" + id)).findFirst().orElseThrow();
        assertThat(message.subject()).isEqualTo("[严重] 发现发热人员 郭*（38.6℃），网格 " + PLACE);
        assertThat(message.body()).startsWith("区划：" + PLACE);

        mvc.perform(get("/notifications/{id}", message.id()).with(users.as("commander")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("区域：" + PLACE)))
                .andExpect(content().string(not(containsString(">区域：" + GRID_PATH))))
                .andExpect(content().string(not(containsString("230*"))));
    }
}
