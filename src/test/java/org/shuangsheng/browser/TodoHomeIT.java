package org.shuangsheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.shuangsheng.TestData;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The to-do home (今日待办): a grid worker on a phone sees the households of its grid still to
 * visit grow by the one just registered and opens the list from the card; the commander at a
 * desk sees the quarantine orders waiting to be confirmed and opens them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TodoHomeIT {

    static final String GRID01 = "23050600100101";

    @LocalServerPort
    int port;

    @Test
    void aGridWorkerOnAPhoneIsLedToTheHouseholdsStillToVisit() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        long round = Api.as(port, "commander").openRound("待办轮次", today);
        Api grid01 = Api.as(port, "grid01");
        try (Browser browser = Browser.open(port, 390, 844)) {
            browser.signIn("grid01", Api.PASSWORD);
            browser.go("/");
            long before = count(browser, "screening-unvisited");
            String address = "待办小区" + TestData.next() + "号";
            grid01.household(GRID01, address, "孙立军");

            browser.go("/");
            assertThat(count(browser, "screening-unvisited")).isEqualTo(before + 1);
            assertThat(browser.find(By.id("todo-screening-unvisited")).getText()).contains("本轮待走访户数");
            assertThat(browser.find(By.id("todo-heading")).getText()).isEqualTo("今日待办");
            browser.screenshot("todo-grid-worker");

            browser.click(By.id("todo-screening-unvisited"));
            browser.waitForText(By.tagName("main"), address);
            assertThat(browser.driver.getCurrentUrl()).endsWith("/screening-rounds/" + round + "/unvisited");
        }
    }

    @Test
    void theCommanderOpensTheOrdersWaitingToBeConfirmed() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        long round = Api.as(port, "commander").openRound("待确认待办轮次", today);
        Api grid01 = Api.as(port, "grid01");
        Api.Household home = grid01.household(GRID01, "待确认待办小区" + TestData.next() + "号", "钱国栋");
        try (Browser browser = Browser.open(port, 1440, 900)) {
            browser.signIn("commander", Api.PASSWORD);
            browser.go("/");
            long before = count(browser, "quarantine-pending");
            grid01.post("/api/v1/screening-rounds/" + round + "/visits", "{\"householdId\":" + home.id()
                    + ",\"mode\":\"IN_PERSON\",\"findings\":[{\"residentId\":" + home.residents().get(0)
                    + ",\"present\":true,\"temperature\":36.6,\"contactWithCase\":true}]}", 201);

            browser.go("/");
            assertThat(count(browser, "quarantine-pending")).isEqualTo(before + 1);
            assertThat(browser.find(By.id("todo-quarantine-pending")).getText()).contains("待确认的隔离");
            browser.screenshot("todo-commander");

            browser.click(By.id("todo-quarantine-pending"));
            browser.find(By.id("quarantine-table"));
            assertThat(browser.driver.getCurrentUrl()).contains("/quarantines?list=PROPOSED");
        }
    }

    private static long count(Browser browser, String item) {
        return Long.parseLong(browser.find(By.cssSelector("#todo-" + item + " .todo-count")).getText().strip());
    }
}
