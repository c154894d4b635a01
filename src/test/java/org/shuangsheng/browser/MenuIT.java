package org.shuangsheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The left menu as a person uses it: folded to icons or a group folded on one page stays so on
 * the next, and on a phone it is a drawer opened from the bar.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MenuIT {

    static final String PASSWORD = "Shuangsheng@2020";
    /** In the menu: the home page's tiles repeat the same names. */
    static final By AUDIT = By.cssSelector("#main-nav a[href='/audit']");
    static final By HOUSEHOLDS_NAME = By.cssSelector("#main-nav a[href='/households'] .app-menu-text");

    @LocalServerPort
    int port;

    @Test
    void aFoldedMenuAndAFoldedGroupStayFoldedOnTheNextPage() throws Exception {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("commander", PASSWORD);
            // Opened afresh, the driver waits for the page's load, so its scripts are there to fold.
            browser.go("/");
            browser.click(By.cssSelector("[data-bs-target='#nav-group-system']"));
            browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(AUDIT));
            browser.click(By.id("menu-fold"));
            browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(HOUSEHOLDS_NAME));

            browser.go("/households");
            browser.find(By.cssSelector("#main-nav a[href='/households'].active"));
            assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("class")).contains("menu-folded");
            assertThat(browser.driver.findElement(By.id("nav-group-system")).isDisplayed()).isFalse();
            browser.screenshot("menu-folded");

            browser.click(By.id("menu-fold"));
            assertThat(browser.find(HOUSEHOLDS_NAME).getText()).isEqualTo("住户");
            browser.click(By.cssSelector("[data-bs-target='#nav-group-system']"));
            browser.click(AUDIT);
            browser.find(By.cssSelector("#main-nav a[href='/audit'].active"));
        }
    }

    @Test
    void onAPhoneTheMenuIsADrawerOpenedFromTheBar() throws Exception {
        try (Browser browser = Browser.open(port, 390, 844)) {
            browser.signIn("grid01", PASSWORD);
            browser.go("/");
            assertThat(browser.driver.findElement(By.id("main-nav")).isDisplayed()).isFalse();
            browser.click(By.id("menu-open"));
            browser.find(By.cssSelector("#main-nav.show"));
            browser.screenshot("menu-phone");
            browser.click(By.cssSelector("#main-nav a[href='/screening-rounds']"));
            browser.wait.until(ExpectedConditions.urlMatches("/screening-rounds$"));
            // The next page opens with the drawer closed, its entry marked inside.
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#main-nav a[href='/screening-rounds'].active")));
            assertThat(browser.driver.findElement(By.id("main-nav")).isDisplayed()).isFalse();
        }
    }
}
