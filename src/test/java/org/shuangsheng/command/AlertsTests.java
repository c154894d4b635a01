package org.shuangsheng.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shuangsheng.TestData;
import org.shuangsheng.ApiTokensForTests;
import org.shuangsheng.DemoUsers;
import org.shuangsheng.PlatformTest;
import org.shuangsheng.command.internal.AlertDesk;
import org.shuangsheng.notification.NotificationQueries;
import org.shuangsheng.notification.NotificationView;
import org.shuangsheng.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Alerts (告警): a module the command module has never heard of raises them through its API; the
 * command centre sees those within its scope, acknowledges and resolves them, and counts the open
 * ones in a badge on every page.
 */
@PlatformTest
class AlertsTests {

    /** 红旗街道's first grid, in hongqi's scope, and a grid of 跃进街道, outside it. */
    static final String HONGQI_GRID = "23050600100101";
    static final String YUEJIN_GRID = "23050600200101";

    /**
     * What a screening module does when a grid worker records a fever at a door: one call, with
     * its own kind, title key and link. The command module is not edited for it.
     */
    record FeverScreening(Alerts alerts, RegionTree regions, String kind) {

        long feverFound(String gridCode, String who, String temperature, long residentId) {
            RegionTree.Node grid = regions.find(gridCode).orElseThrow();
            return alerts.raise(new NewAlert(kind, AlertSeverity.CRITICAL, grid.code(), grid.path(),
                    "test.alert.fever", List.of(who, temperature), "/households/" + residentId,
                    "resident-" + residentId));
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    ApiTokensForTests tokens;

    @Autowired
    Alerts alerts;

    @Autowired
    AlertDesk desk;

    @Autowired
    RegionTree regions;

    @Autowired
    NotificationQueries notifications;

    @Autowired
    JdbcClient jdbc;

    FeverScreening screening() {
        return new FeverScreening(alerts, regions, "test.fever" + TestData.next());
    }

    int occurrences(long id) {
        return jdbc.sql("SELECT occurrences FROM command_alert WHERE id = ?").param(id).query(Integer.class).single();
    }

    List<NotificationView> commanderMessagesAbout(long alertId) {
        return notifications.inbox(users.scope("commander"), false, PageRequest.of(0, 200)).getContent().stream()
                .filter(m -> m.body().contains("/alerts/" + alertId)).toList();
    }

    @Test
    void aModuleRaisesAnAlertThatTheCommanderSeesAndIsNotifiedOf() throws Exception {
        FeverScreening screening = screening();
        long id = screening.feverFound(HONGQI_GRID, "王*", "38.6", 7);

        mvc.perform(get("/alerts").param("kind", screening.kind()).with(users.as("commander")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"alert-" + id + "\"")))
                .andExpect(content().string(containsString("test.alert.fever 王* 38.6")))
                .andExpect(content().string(containsString("严重")))
                .andExpect(content().string(containsString("待处理")));
        mvc.perform(get("/alerts/{id}", id).with(users.as("commander")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/households/7\"")))
                .andExpect(content().string(containsString(screening.kind())));
        assertThat(commanderMessagesAbout(id)).singleElement()
                .satisfies(m -> assertThat(m.subject()).isEqualTo("[严重] test.alert.fever 王* 38.6"));
    }

    @Test
    void raisingTheSameOpenAlertAgainCountsAnOccurrenceAndAfterResolvingOpensANewOne() throws Exception {
        FeverScreening screening = screening();
        long first = screening.feverFound(HONGQI_GRID, "李*", "37.9", 11);
        assertThat(screening.feverFound(HONGQI_GRID, "李*", "38.2", 11)).isEqualTo(first);
        assertThat(occurrences(first)).isEqualTo(2);
        assertThat(commanderMessagesAbout(first)).as("notified once, when opened").hasSize(1);
        long other = screening.feverFound(HONGQI_GRID, "赵*", "38.0", 12);
        assertThat(other).as("another resident, another alert").isNotEqualTo(first);

        mvc.perform(post("/api/v1/alerts/{id}/acknowledge", first).header("Authorization", tokens.bearer("commander")))
                .andExpect(status().isOk());
        assertThat(screening.feverFound(HONGQI_GRID, "李*", "38.4", 11)).as("acknowledged is still open")
                .isEqualTo(first);
        assertThat(occurrences(first)).isEqualTo(3);
        mvc.perform(get("/alerts/{id}", first).with(users.as("commander")))
                .andExpect(content().string(containsString("id=\"alert-occurrences\"")))
                .andExpect(content().string(containsString("最近一次")));

        mvc.perform(post("/api/v1/alerts/{id}/resolve", first).header("Authorization", tokens.bearer("commander")))
                .andExpect(status().isOk());
        long again = screening.feverFound(HONGQI_GRID, "李*", "38.8", 11);
        assertThat(again).as("a resolved alert stays closed; the fever again is a new alert").isNotEqualTo(first);
        assertThat(occurrences(again)).isEqualTo(1);
    }

    @Test
    void anOfficerSeesTheAlertsOfItsSubdistrictOnlyAndOthersAnswer404() throws Exception {
        FeverScreening screening = screening();
        long mine = screening.feverFound(HONGQI_GRID, "钱*", "38.1", 21);
        long yuejin = screening.feverFound(YUEJIN_GRID, "孙*", "38.3", 22);

        mvc.perform(get("/alerts").param("kind", screening.kind()).with(users.as("hongqi")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"alert-" + mine + "\"")))
                .andExpect(content().string(not(containsString("id=\"alert-" + yuejin + "\""))));
        mvc.perform(get("/alerts/{id}", yuejin).with(users.as("hongqi"))).andExpect(status().isNotFound());
        mvc.perform(post("/alerts/{id}/acknowledge", yuejin).with(users.as("hongqi")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/alerts/{id}/resolve", yuejin).with(users.as("hongqi")).with(csrf())
                        .header("HX-Request", "true"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/alerts/{id}/resolve", yuejin).header("Authorization", tokens.bearer("hongqi")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/alerts").param("kind", screening.kind()).header("Authorization", tokens.bearer("hongqi")))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "1"))
                .andExpect(jsonPath("$[0].id").value(mine));
        mvc.perform(get("/api/v1/alerts").param("regionCode", "230506002").header("Authorization", tokens.bearer("hongqi")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/alerts/export").param("kind", screening.kind()).with(users.as("hongqi")))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/alerts").param("kind", screening.kind()).param("regionCode", "230506002")
                        .header("Authorization", tokens.bearer("commander")))
                .andExpect(header().string("X-Total-Count", "1"))
                .andExpect(jsonPath("$[0].id").value(yuejin))
                .andExpect(jsonPath("$[0].regionCode").value(YUEJIN_GRID));
        mvc.perform(get("/api/v1/alerts").param("kind", screening.kind()).header("Authorization", tokens.bearer("weijian")))
                .andExpect(header().string("X-Total-Count", "2"));
    }

    @Test
    void anAlertIsAcknowledgedThenResolvedOnceAndAWrongStepIsRefusedWithAMessage() throws Exception {
        long id = screening().feverFound(HONGQI_GRID, "周*", "38.0", 31);

        mvc.perform(post("/alerts/{id}/acknowledge", id).param("note", "已通知社区卫生服务中心").with(users.as("hongqi"))
                        .with(csrf()).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Trigger", "alerts-changed"))
                .andExpect(content().string(containsString("id=\"alert-" + id + "\"")))
                .andExpect(content().string(containsString("已确认")))
                .andExpect(content().string(not(containsString("id=\"acknowledge-" + id + "\""))));
        mvc.perform(post("/api/v1/alerts/{id}/acknowledge", id).header("Authorization", tokens.bearer("commander")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"))
                .andExpect(jsonPath("$.errors[0].message").value("此告警状态为“已确认”，只有待处理的告警可以确认。"));

        mvc.perform(post("/alerts/{id}/resolve", id).param("note", "已转运至发热门诊").with(users.as("commander"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/alerts/{id}", id).with(users.as("commander")))
                .andExpect(content().string(containsString("已处置")))
                .andExpect(content().string(containsString("commander · 已转运至发热门诊")))
                .andExpect(content().string(containsString("hongqi · 已通知社区卫生服务中心")))
                .andExpect(content().string(not(containsString("id=\"resolve\""))));

        mvc.perform(post("/alerts/{id}/resolve", id).with(users.as("commander")).with(csrf())
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("HX-Trigger"))
                .andExpect(content().string(containsString("此告警已处置，不能再次处置。")));
        mvc.perform(post("/api/v1/alerts/{id}/acknowledge", id).header("Authorization", tokens.bearer("commander"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("This alert is \"Resolved\"; only an open alert can be acknowledged."));
        mvc.perform(post("/alerts/{id}/acknowledge", id).with(users.as("commander")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/alerts/{id}", id).with(users.as("commander")))
                .andExpect(content().string(not(containsString("id=\"alert-problem\""))));

        long direct = screening().feverFound(HONGQI_GRID, "吴*", "37.5", 32);
        mvc.perform(post("/api/v1/alerts/{id}/resolve", direct).header("Authorization", tokens.bearer("hongqi"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"误报\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RESOLVED"))
                .andExpect(jsonPath("$.resolveNote").value("误报"))
                .andExpect(jsonPath("$.acknowledgedAt").doesNotExist());
    }

    @Test
    void theBadgeCountsTheOpenAlertsInTheUsersScope() throws Exception {
        long before = desk.openCount(users.scope("hongqi"));
        FeverScreening screening = screening();
        long id = screening.feverFound(HONGQI_GRID, "郑*", "38.9", 41);
        screening.feverFound(YUEJIN_GRID, "冯*", "38.9", 42);
        assertThat(desk.openCount(users.scope("hongqi"))).isEqualTo(before + 1);

        mvc.perform(get("/households").with(users.as("hongqi")))
                .andExpect(content().string(containsString("id=\"alerts\"")))
                .andExpect(content().string(containsString("id=\"alerts-count\"")))
                .andExpect(content().string(containsString(">" + (before + 1) + "</span>")));
        mvc.perform(post("/alerts/{id}/acknowledge", id).with(users.as("hongqi")).with(csrf()));
        assertThat(desk.openCount(users.scope("hongqi"))).isEqualTo(before);
        // A page left open asks for the badges alone and gets the new count without a reload.
        String badges = mvc.perform(get("/badges").with(users.as("hongqi")).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-get=\"/badges\"")))
                .andReturn().getResponse().getContentAsString();
        assertThat(badges).doesNotContain("<nav").contains("id=\"alerts\"");
        if (before > 0) {
            assertThat(badges).contains(">" + before + "</span>");
        } else {
            assertThat(badges).doesNotContain("id=\"alerts-count\"");
        }
        mvc.perform(get("/").with(users.as("grid01")))
                .andExpect(content().string(not(containsString("id=\"alerts\""))))
                .andExpect(content().string(containsString("id=\"inbox\"")));
    }

    @Test
    void numbersShapedLikeAnIdOrAMobileNeverReachTheAlert() throws Exception {
        RegionTree.Node grid = regions.find(HONGQI_GRID).orElseThrow();
        String kind = screening().kind();
        long id = alerts.raise(new NewAlert(kind, AlertSeverity.WARNING, grid.code(), grid.path(), "test.alert.contact",
                List.of("11010519491231002X", "13812345678\n第二行"), null, null));
        mvc.perform(get("/alerts/{id}", id).with(users.as("commander")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("110105********002X")))
                .andExpect(content().string(containsString("138****5678 第二行")));
        assertThat(commanderMessagesAbout(id)).singleElement()
                .satisfies(m -> assertThat(m.subject()).doesNotContain("13812345678").contains("[警告]"));
    }

    @Test
    void aBadAlertIsRefusedNamingEachField() {
        assertThatThrownBy(() -> alerts.raise(new NewAlert("Fever", null, "", "230506//1", "bad key!",
                List.of("1", "2", "3", "4", "5", "6"), "https://example.com/", "k")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.Violation::field)
                        .containsExactly("kind", "severity", "regionCode", "regionPath", "titleKey", "titleArgs",
                                "link"));
    }

    @Test
    void theListFiltersByStatusSeverityRegionAndDayAndExportsWhatItShows() throws Exception {
        FeverScreening screening = screening();
        long open = screening.feverFound(HONGQI_GRID, "陈*", "38.0", 51);
        long resolved = screening.feverFound(YUEJIN_GRID, "褚*", "38.0", 52);
        mvc.perform(post("/api/v1/alerts/{id}/resolve", resolved).header("Authorization", tokens.bearer("commander")));
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();

        mvc.perform(get("/api/v1/alerts").param("kind", screening.kind()).param("status", "RESOLVED")
                        .header("Authorization", tokens.bearer("commander")))
                .andExpect(header().string("X-Total-Count", "1")).andExpect(jsonPath("$[0].id").value(resolved));
        mvc.perform(get("/api/v1/alerts").param("kind", screening.kind()).param("severity", "INFO")
                        .header("Authorization", tokens.bearer("commander")))
                .andExpect(header().string("X-Total-Count", "0"));
        mvc.perform(get("/api/v1/alerts").param("kind", screening.kind()).param("regionCode", "230506001")
                        .param("from", today).param("to", today).header("Authorization", tokens.bearer("commander")))
                .andExpect(header().string("X-Total-Count", "1")).andExpect(jsonPath("$[0].id").value(open));
        mvc.perform(get("/api/v1/alerts").param("kind", screening.kind()).param("to", "2020-03-17")
                        .header("Authorization", tokens.bearer("commander")))
                .andExpect(header().string("X-Total-Count", "0"));
        mvc.perform(get("/alerts").param("kind", screening.kind()).param("status", "OPEN")
                        .header("HX-Request", "true").with(users.as("commander")))
                .andExpect(content().string(containsString("id=\"alert-" + open + "\"")))
                .andExpect(content().string(not(containsString("id=\"alert-" + resolved + "\""))))
                .andExpect(content().string(not(containsString("<nav class=\"navbar"))));

        byte[] xlsx = mvc.perform(get("/alerts/export").param("kind", screening.kind()).with(users.as("commander")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("alerts")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter cells = new DataFormatter();
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Row header = sheet.getRow(0);
            assertThat(cells.formatCellValue(header.getCell(5))).isEqualTo("告警");
            assertThat(List.of(cells.formatCellValue(sheet.getRow(1).getCell(0)),
                    cells.formatCellValue(sheet.getRow(2).getCell(0))))
                    .containsExactly(Long.toString(open), Long.toString(resolved));
            assertThat(cells.formatCellValue(sheet.getRow(2).getCell(3))).isEqualTo("已处置");
        }
    }
}
