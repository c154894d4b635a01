package org.shuangsheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Issue 12, finding 8: the wall screen is one 1920×1080 screen, both halves in view, no scrolling. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WallIT {

    @LocalServerPort
    int port;

    @Test
    void theWallScreenFillsA1080pScreenWithoutScrollingAndShowsPreventionAndRecovery() throws Exception {
        try (Browser browser = Browser.open(port, 1920, 1080)) {
            browser.signIn("commander", "Shuangsheng@2020");
            // Headless Chromium counts its own bars in the window size: grow the window so the page gets 1920×1080.
            JavascriptExecutor js = (JavascriptExecutor) browser.driver;
            long barsHeight = (Long) js.executeScript("return outerHeight - innerHeight;");
            long barsWidth = (Long) js.executeScript("return outerWidth - innerWidth;");
            browser.driver.manage().window().setSize(new Dimension(1920 + (int) barsWidth, 1080 + (int) barsHeight));
            browser.go("/dashboard?wall=true");
            browser.waitForText(By.id("dashboard-heading"), "宝山区");
            // ECharts draws each trend into a canvas it creates inside the chart's element.
            browser.find(By.cssSelector("#trend-PREVENTION canvas"));
            browser.find(By.cssSelector("#trend-ENTERPRISES canvas"));
            assertThat(browser.driver.findElements(By.id("main-nav"))).isEmpty();
            assertThat(browser.driver.findElements(By.cssSelector("#wall-map .wall-cell"))).hasSize(11);

            @SuppressWarnings("unchecked")
            Map<String, Number> size = (Map<String, Number>) js.executeScript("var d = document.documentElement;"
                    + " return {iw: innerWidth, ih: innerHeight, sw: Math.max(d.scrollWidth, document.body.scrollWidth),"
                    + " sh: Math.max(d.scrollHeight, document.body.scrollHeight)};");
            assertThat(size.get("iw").intValue()).isEqualTo(1920);
            assertThat(size.get("ih").intValue()).isEqualTo(1080);
            assertThat(size.get("sh").intValue()).isLessThanOrEqualTo(size.get("ih").intValue());
            assertThat(size.get("sw").intValue()).isLessThanOrEqualTo(size.get("iw").intValue());

            // Both halves and every panel lie wholly inside the viewport, and no figure is clipped by its panel.
            for (String id : List.of("indicator-screening-visitsToday", "indicator-quarantine-inQuarantine",
                    "indicator-enterprise-resumptionRate", "indicator-enterprise-staffOnSite", "wall-map", "wall-lagging",
                    "wall-trends", "wall-alerts")) {
                assertThat(browser.find(By.id(id)).isDisplayed()).as(id).isTrue();
                Boolean inside = (Boolean) js.executeScript("var e = document.getElementById(arguments[0]);"
                        + " var r = e.getBoundingClientRect(); var p = (e.closest('.wall-panel') || e).getBoundingClientRect();"
                        + " return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth"
                        + " && r.top >= p.top && r.bottom <= p.bottom && r.height > 0;", id);
                assertThat(inside).as(id + " inside the viewport").isTrue();
            }
            assertThat(browser.find(By.cssSelector("#indicator-enterprise-resumptionRate .indicator-value")).getText())
                    .isNotBlank();
            assertThat(browser.find(By.cssSelector("#indicator-screening-visitsToday .indicator-value")).getText())
                    .isNotBlank();
            browser.screenshot("wall");
        }
    }
}
