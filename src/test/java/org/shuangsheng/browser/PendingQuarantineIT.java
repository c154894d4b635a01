package org.shuangsheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.shuangsheng.TestData;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two residents of a household found at the door to have been in contact with a case are
 * proposed for quarantine: the commander sees the 待确认 card grow by two on the dashboard and,
 * from it, the list of proposals with each one's grid and reason.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PendingQuarantineIT {

    static final String GRID01 = "23050600100101";

    @LocalServerPort
    int port;

    @Test
    void theCommanderSeesOrdersWaitingToBeConfirmedAndWhy() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Api commander = Api.as(port, "commander");
        Api grid01 = Api.as(port, "grid01");
        long round = commander.openRound("待确认隔离轮次", today);
        Api.Household home = grid01.household(GRID01, "待确认小区" + TestData.next() + "号", "周建华", "周晓梅");

        try (Browser browser = Browser.open(port, 1440, 900)) {
            browser.signIn("commander", Api.PASSWORD);
            browser.go("/dashboard?region=230506001");
            browser.waitForText(By.id("dashboard-heading"), "红旗街道");
            long before = pending(browser);

            StringBuilder findings = new StringBuilder();
            for (long resident : home.residents()) {
                findings.append(findings.isEmpty() ? "" : ",").append("{\"residentId\":").append(resident)
                        .append(",\"present\":true,\"temperature\":36.6,\"contactWithCase\":true}");
            }
            grid01.post("/api/v1/screening-rounds/" + round + "/visits", "{\"householdId\":" + home.id()
                    + ",\"mode\":\"IN_PERSON\",\"findings\":[" + findings + "]}", 201);

            browser.go("/dashboard?region=230506001");
            browser.waitForText(By.id("dashboard-heading"), "红旗街道");
            assertThat(pending(browser)).isEqualTo(before + 2);
            assertThat(browser.find(By.id("indicator-quarantine-pending")).getText()).contains("待确认隔离");
            assertThat(browser.find(By.id("indicator-quarantine-oldestPending")).getText()).contains("最久待确认");
            browser.screenshot("dashboard-pending-quarantines");

            browser.click(By.cssSelector("#indicator-quarantine-pending a"));
            browser.find(By.id("quarantine-table"));
            assertThat(browser.driver.getCurrentUrl()).contains("list=PROPOSED");
            String gridName = JsonPath.read(commander.get("/api/v1/regions/" + GRID01), "$.name");
            for (long order : ordersOf(commander, home)) {
                WebElement row = browser.find(By.xpath("//tr[td/a[@href='/quarantines/" + order + "']]"));
                assertThat(row.findElement(By.className("quarantine-grid")).getText()).isEqualTo(gridName);
                assertThat(row.findElement(By.className("quarantine-reasons")).getText()).contains("接触确诊或疑似病例");
            }
            browser.screenshot("quarantine-proposals");
        }
    }

    private static long pending(Browser browser) {
        return Long.parseLong(browser.find(By.cssSelector("#indicator-quarantine-pending .indicator-value")).getText()
                .strip());
    }

    /** The household's proposed orders, as the quarantine API lists them. */
    private static List<Long> ordersOf(Api api, Api.Household home) throws Exception {
        String json = api.get("/api/v1/quarantines?status=PROPOSED&regionCode=" + GRID01 + "&size=200");
        List<Long> orders = new java.util.ArrayList<>();
        for (long resident : home.residents()) {
            List<Object> ids = JsonPath.read(json, "$[?(@.residentId == " + resident + ")].id");
            assertThat(ids).hasSize(1);
            orders.add(((Number) ids.get(0)).longValue());
        }
        return orders;
    }
}
