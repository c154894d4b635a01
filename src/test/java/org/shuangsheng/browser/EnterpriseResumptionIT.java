package org.shuangsheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo liaison ent01 files its not-yet-filed enterprise for resumption with the commitment,
 * is resumed at once, and files the day's report; the commander sees the report count of the
 * completeness view go up by one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EnterpriseResumptionIT {

    static final String PASSWORD = "Shuangsheng@2020";

    @LocalServerPort
    int port;

    @Test
    void ent01FilesResumesAndReportsAndTheCommanderSeesTheCompletenessChange() throws Exception {
        long reportedBefore;
        long resumedBefore;
        try (Browser commander = Browser.open(port, 1280, 900)) {
            commander.signIn("commander", PASSWORD);
            commander.go("/enterprises/daily-reports");
            reportedBefore = Long.parseLong(commander.find(By.id("reported")).getText().strip());
            commander.go("/enterprises/resumption");
            resumedBefore = Long.parseLong(commander.find(By.id("total-resumed")).getText().strip());
        }
        try (Browser browser = Browser.open(port, 390, 844)) {
            browser.signIn("ent01", PASSWORD);
            browser.go("/enterprises");
            browser.click(By.linkText("宝山区红旗食品有限公司"));
            browser.click(By.id("file-link"));
            browser.type(By.id("preventionLead"), "王防疫");
            browser.type(By.id("preventionLeadPhone"), "13812345678");
            browser.type(By.id("emergencyPlan"), "成立防控小组，发热员工立即隔离并报告社区");
            browser.type(By.id("staffScreening"), "全体员工逐人登记近14天行程");
            browser.type(By.id("suppliesDays"), "7");
            check(browser, By.cssSelector("input[type=checkbox][name=isolationRoom]"));
            browser.type(By.id("disinfection"), "车间每日消杀两次");
            setValue(browser, By.id("plannedResumptionDate"),
                    LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
            browser.type(By.id("commitmentSignatory"), "张总");
            check(browser, By.cssSelector("input[type=checkbox][name=commitmentAccepted]"));
            browser.screenshot("enterprise-filing-phone");
            scrollAndClick(browser, By.id("submit-filing"));

            browser.find(By.id("flash"));
            assertThat(browser.find(By.id("enterprise-status")).getAttribute("class")).contains("text-bg-success");
            scrollAndClick(browser, By.id("daily-report-link"));
            browser.type(By.id("onSiteStaff"), "42");
            browser.type(By.id("returnedToday"), "3");
            browser.type(By.id("fromKeyAreas"), "0");
            browser.type(By.id("inQuarantine"), "0");
            browser.type(By.id("withFever"), "0");
            check(browser, By.cssSelector("input[type=checkbox][name=disinfected]"));
            browser.type(By.id("maskDays"), "6");
            scrollAndClick(browser, By.id("submit-report"));
            browser.find(By.id("report-table"));
            browser.screenshot("enterprise-reported-phone");
        }
        try (Browser commander = Browser.open(port, 1280, 900)) {
            commander.signIn("commander", PASSWORD);
            commander.go("/enterprises/daily-reports");
            commander.waitForText(By.id("reported"), Long.toString(reportedBefore + 1));
            assertThat(commander.driver.findElement(By.id("missing-table")).getText())
                    .doesNotContain("宝山区红旗食品有限公司");
            commander.screenshot("enterprise-completeness");

            commander.go("/enterprises/resumption");
            commander.waitForText(By.id("total-resumed"), Long.toString(resumedBefore + 1));
            assertThat(commander.find(By.id("by-subdistrict")).getText()).contains("红旗街道");
            assertThat(commander.find(By.id("by-industry")).getText()).contains("制造业");
            commander.screenshot("enterprise-resumption");
        }
    }

    private static void check(Browser browser, By by) {
        WebElement box = browser.driver.findElement(by);
        if (!box.isSelected()) {
            ((JavascriptExecutor) browser.driver).executeScript("arguments[0].click();", box);
        }
    }

    private static void setValue(Browser browser, By by, String value) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1];",
                browser.find(by), value);
    }

    private static void scrollAndClick(Browser browser, By by) {
        WebElement element = browser.find(by);
        ((JavascriptExecutor) browser.driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        browser.click(by);
    }
}
