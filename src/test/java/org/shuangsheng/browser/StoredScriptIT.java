package org.shuangsheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.shuangsheng.identity.AccountForm;
import org.shuangsheng.identity.AccountManagement;
import org.shuangsheng.identity.Role;
import org.shuangsheng.region.NewRegion;
import org.shuangsheng.region.RegionKind;
import org.shuangsheng.region.RegionManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** SECURITY 16: script stored in text fields is shown as text on every page and never runs. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StoredScriptIT {

    static final String IMAGE = "<img src=x onerror=\"window.pwned=1\">";
    static final String SCRIPT = "<script>window.pwned=1</script>";

    @LocalServerPort
    int port;

    @Autowired
    RegionManagement regions;

    @Autowired
    AccountManagement accounts;

    @Test
    void storedScriptInNamesIsShownAsTextAndNeverRuns() throws Exception {
        regions.create(new NewRegion("230506004901", IMAGE, RegionKind.COMMUNITY, "230506004"));
        regions.create(new NewRegion("23050600490101", SCRIPT, RegionKind.GRID, "230506004901"));
        AccountForm form = new AccountForm();
        form.setUsername("xss-probe");
        form.setDisplayName(SCRIPT);
        form.setRole(Role.GRID_WORKER);
        form.setRegionCodes("23050600490101");
        accounts.create(form);

        try (Browser browser = Browser.open(port)) {
            browser.signIn("admin", "Shuangsheng@2020");
            for (String page : List.of("/regions?parent=230506004", "/regions?parent=230506004901",
                    "/regions/230506004901", "/regions/23050600490101", "/regions?q=img", "/users", "/users?q=xss")) {
                browser.go(page);
                browser.find(By.tagName("main"));
                Object pwned = ((JavascriptExecutor) browser.driver).executeScript("return window.pwned === 1;");
                assertThat(pwned).as(page).isEqualTo(false);
            }
            browser.go("/regions?parent=230506004");
            assertThat(browser.find(By.id("region-table")).getText()).contains(IMAGE);
            browser.go("/users?q=xss");
            assertThat(browser.find(By.id("user-table")).getText()).contains(SCRIPT);
        }
    }
}
