package org.shuangsheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RegionTreeIT {

    @LocalServerPort
    int port;

    @Test
    void commanderAddsAGridInChineseAndAnotherInEnglish() throws Exception {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("commander", "Shuangsheng@2020");
            assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");

            browser.click(By.linkText("区划与网格"));
            browser.click(By.linkText("宝山区"));
            browser.click(By.linkText("红旗街道"));
            browser.click(By.linkText("建设社区"));
            browser.waitForText(By.id("region-heading"), "建设社区");

            browser.click(By.id("add-child"));
            browser.type(By.id("code"), "abc");
            browser.type(By.id("name"), "第9网格");
            browser.click(By.id("save"));
            browser.waitForText(By.id("region-form"), "编码须为 2 至 20 位数字");
            assertThat(browser.find(By.id("name")).getAttribute("value")).isEqualTo("第9网格");

            browser.type(By.id("code"), "23050600100109");
            browser.click(By.id("save"));
            browser.waitForText(By.id("region-table"), "第9网格");
            assertThat(browser.find(By.cssSelector("[role=status]")).getText()).contains("已新增“第9网格”");
            browser.screenshot("region-tree-zh");

            browser.click(By.id("lang-en"));
            browser.waitForText(By.id("region-table"), "Grid");
            assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
            browser.click(By.id("add-child"));
            browser.type(By.id("code"), "23050600100110");
            browser.type(By.id("name"), "Grid 10");
            browser.click(By.id("save"));
            browser.waitForText(By.id("region-table"), "Grid 10");
            assertThat(browser.find(By.cssSelector("[role=status]")).getText()).contains("Added \"Grid 10\"");
            assertThat(browser.find(By.linkText("Regions and grids")).isDisplayed()).isTrue();
            browser.screenshot("region-tree-en");
        }
    }

    @Test
    void searchNarrowsTheListWithoutAFullReload() throws Exception {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("commander", "Shuangsheng@2020");
            browser.go("/regions?parent=230506101");
            browser.waitForText(By.id("region-table"), "福胜村");
            browser.driver.findElement(By.id("q")).sendKeys("万兴");
            browser.wait.until(d -> !d.findElement(By.id("region-table")).getText().contains("福胜村"));
            assertThat(browser.find(By.id("region-table")).getText()).contains("万兴国村");
            assertThat(browser.driver.getCurrentUrl()).contains("q=");
        }
    }
}
