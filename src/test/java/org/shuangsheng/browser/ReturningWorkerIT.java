package org.shuangsheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.shuangsheng.TestData;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The liaison ent01, on a phone, adds a worker back from 武汉 today: the risk rules put the worker
 * in quarantine, the filter finds the worker among those in quarantine, and the liaison records an
 * early release with its reason.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReturningWorkerIT {

    static final String PASSWORD = "Shuangsheng@2020";

    @LocalServerPort
    int port;

    @Test
    void ent01AddsAWorkerFromAKeyAreaFiltersTheListAndReleasesTheWorkerEarly() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String idNumber = TestData.idNumber();
        try (Browser browser = Browser.open(port, 390, 844)) {
            browser.signIn("ent01", PASSWORD);
            browser.go("/enterprises/1");
            browser.click(By.id("returning-workers-link"));
            assertThat(browser.find(By.id("worker-table")).getText()).contains("张*");
            browser.click(By.id("new-worker"));
            browser.type(By.id("name"), "欧阳返岗");
            browser.type(By.id("idNumber"), idNumber);
            browser.type(By.id("phone"), "13712345678");
            browser.type(By.id("origin"), "湖北省武汉市");
            setValue(browser, By.id("returnDate"), today.toString());
            browser.type(By.id("transport"), "G1234 次列车");
            browser.type(By.id("temperature"), "36.6");
            browser.screenshot("returning-worker-form-phone");
            browser.click(By.id("save-worker"));

            assertThat(browser.find(By.id("flash")).getText()).contains("须隔离至");
            assertThat(browser.find(By.id("key-area")).getText()).isEqualTo("高风险地区");
            browser.go("/enterprises/1/returning-workers");
            assertThat(browser.find(By.id("worker-table")).getText()).contains("李*");
            new Select(browser.find(By.id("status"))).selectByValue("IN_QUARANTINE");
            // htmx swaps the results and pushes the filter into the address: no page load.
            browser.wait.until(ExpectedConditions.urlContains("status=IN_QUARANTINE"));
            browser.wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("worker-table"), "李*")));
            assertThat(browser.find(By.id("worker-table")).getText()).contains("欧***");
            browser.screenshot("returning-workers-phone");
            browser.click(By.linkText("欧***"));
            browser.click(By.id("submit-release"));
            assertThat(browser.find(By.cssSelector("#release .alert-danger")).getText()).contains("提前解除须写明原因");
            browser.type(By.id("release-note"), "核酸检测阴性，社区卫生服务中心同意");
            browser.click(By.id("submit-release"));
            assertThat(browser.find(By.id("worker-status")).getText()).isEqualTo("已解除隔离");
            browser.screenshot("returning-worker-released-phone");
        }
    }

    private static void setValue(Browser browser, By by, String value) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];",
                browser.find(by), value);
    }
}
