package org.shuangsheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.shuangsheng.command.BriefingTests;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardIT {

    @LocalServerPort
    int port;

    @Test
    void commanderOpensTheDashboardDrillsDownToASubdistrictAndDownloadsItsBriefing() throws Exception {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("commander", "Shuangsheng@2020");
            browser.click(By.linkText("指挥部看板"));
            browser.waitForText(By.id("dashboard-heading"), "宝山区");
            // ECharts draws into a canvas it creates inside the chart's element.
            browser.find(By.cssSelector("#chart-region-grids canvas"));
            assertThat(browser.find(By.id("indicator-region-subdistricts")).getText()).contains("11");
            browser.screenshot("dashboard-district");

            browser.click(By.linkText("红旗街道"));
            browser.waitForText(By.id("dashboard-heading"), "红旗街道");
            browser.waitForText(By.id("breakdown-region-grids"), "建设社区");
            browser.find(By.cssSelector("#chart-region-grids canvas"));
            assertThat(browser.find(By.id("dashboard-breadcrumb")).getText()).contains("宝山区").contains("红旗街道");
            assertThat(browser.driver.getCurrentUrl()).contains("region=230506001");
            browser.screenshot("dashboard-hongqi");

            browser.click(By.id("briefing-pdf"));
            byte[] pdf = Files.readAllBytes(browser.downloaded(".pdf"));
            assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(BriefingTests.pdfText(pdf).replaceAll("\\s+", "")).contains("红旗街道疫情防控和经济恢复工作日报");

            browser.click(By.linkText("宝山区"));
            browser.waitForText(By.id("dashboard-heading"), "宝山区");
            browser.click(By.id("wall-toggle"));
            browser.find(By.cssSelector("#trend-PREVENTION canvas"));
            assertThat(browser.driver.findElements(By.id("main-nav"))).isEmpty();
            browser.screenshot("dashboard-wall");
        }
    }
}
