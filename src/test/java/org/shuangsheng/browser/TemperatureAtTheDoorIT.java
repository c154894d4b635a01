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
 * A grid worker at a door with a phone forgets one resident's temperature: the form comes back
 * with the message at that field and everything typed still there; with the temperature it saves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TemperatureAtTheDoorIT {

    static final String GRID01 = "23050600100101";

    @LocalServerPort
    int port;

    @Test
    void aGridWorkerMustTakeTheTemperatureOfAResidentSeenAtTheDoor() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        long round = Api.as(port, "commander").openRound("入户测温轮次", today);
        String address = "测温小区3栋1单元" + TestData.next() + "室";
        Api.Household home = Api.as(port, "grid01").household(GRID01, address, "孙立军", "孙丽华");

        try (Browser browser = Browser.open(port, 390, 844)) {
            browser.signIn("grid01", Api.PASSWORD);
            browser.go("/screening-rounds/" + round + "/households/" + home.id() + "/visit");
            browser.waitForText(By.id("visit-heading"), address);
            browser.type(By.id("findings0.temperature"), "36.5");
            browser.type(By.id("findings1.symptoms"), "咳嗽");
            browser.type(By.id("findings1.travelledFrom"), "佳木斯");
            browser.type(By.id("notes"), "傍晚回访");
            browser.click(By.id("save-visit"));

            browser.waitForText(By.cssSelector("#member-1 .invalid-feedback"), "入户见到本人须测体温");
            assertThat(browser.find(By.id("findings1.temperature")).getAttribute("class")).contains("is-invalid");
            assertThat(browser.find(By.id("findings0.temperature")).getAttribute("value")).isEqualTo("36.5");
            assertThat(browser.find(By.id("findings1.symptoms")).getAttribute("value")).isEqualTo("咳嗽");
            assertThat(browser.find(By.id("findings1.travelledFrom")).getAttribute("value")).isEqualTo("佳木斯");
            assertThat(browser.find(By.id("notes")).getAttribute("value")).isEqualTo("傍晚回访");
            browser.screenshot("screening-visit-temperature-missing-phone");

            browser.type(By.id("findings1.temperature"), "36.6");
            browser.click(By.id("save-visit"));
            browser.find(By.id("unvisited-table"));
            assertThat(browser.driver.getPageSource()).contains("走访记录已保存").doesNotContain(address);
        }
    }
}
