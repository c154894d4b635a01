package org.shuangsheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.shuangsheng.TestData;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A grid worker at a door with a phone: from the demo round's unvisited list of its grid, it
 * opens a household of three, records a visit with one fever, and sees the household leave
 * the list and the fever in the day's figures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScreeningVisitIT {

    static final String PASSWORD = "Shuangsheng@2020";
    static final String GRID01 = "23050600100101";

    @LocalServerPort
    int port;

    @Test
    void aGridWorkerRecordsAVisitWithAFeverOnAPhone() throws Exception {
        String address = "建设小区9栋2单元" + TestData.next() + "室";
        registerHouseholdOfThree(address);
        try (Browser browser = Browser.open(port, 390, 844)) {
            browser.signIn("grid01", PASSWORD);
            browser.go("/screening-rounds");
            browser.click(By.partialLinkText("第三轮全区网格化排查"));
            browser.waitForText(By.id("round-name"), "第三轮全区网格化排查");
            long fevers = Long.parseLong(browser.find(By.id("fevers-today")).getText().strip());
            browser.click(By.id("unvisited-link"));
            browser.find(By.id("unvisited-table"));
            browser.screenshot("screening-unvisited-phone");
            browser.click(By.linkText(address));

            browser.waitForText(By.id("visit-heading"), address);
            assertThat(browser.find(By.id("member-name-0")).getText()).isEqualTo("赵建国");
            List<WebElement> toggles = browser.driver.findElements(By.cssSelector("label[for^='present-']"));
            assertThat(toggles).hasSize(6).allSatisfy(t -> assertThat(t.getSize().getHeight()).isGreaterThanOrEqualTo(44));
            browser.type(By.id("findings0.temperature"), "36.5");
            browser.type(By.id("findings1.temperature"), "38.2");
            browser.type(By.id("findings1.symptoms"), "咳嗽");
            browser.type(By.id("findings2.temperature"), "36.7");
            browser.screenshot("screening-visit-phone");
            browser.click(By.id("save-visit"));

            browser.find(By.id("unvisited-table"));
            assertThat(browser.driver.getPageSource()).contains("走访记录已保存").doesNotContain(address);

            browser.go("/screening-rounds");
            browser.click(By.partialLinkText("第三轮全区网格化排查"));
            browser.waitForText(By.id("fevers-today"), Long.toString(fevers + 1));
            browser.screenshot("screening-round-phone");
        }
    }

    /** The household comes in through the API, as a roster tool would send it. */
    private void registerHouseholdOfThree(String address) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://localhost:" + port;
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"grid01\",\"password\":\"" + PASSWORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).isEqualTo(200);
        String bearer = JsonPath.read(token.body(), "$.token");
        String[] names = {"赵建国", "钱秀英", "赵晓东"};
        StringBuilder members = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            members.append(i == 0 ? "" : ",").append("{\"name\":\"").append(names[i]).append("\",\"idNumber\":\"")
                    .append(TestData.idNumber()).append("\",\"relation\":\"")
                    .append(i == 0 ? "户主" : i == 1 ? "配偶" : "子女").append("\"}");
        }
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/households"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + bearer)
                .POST(HttpRequest.BodyPublishers.ofString("{\"gridCode\":\"" + GRID01 + "\",\"address\":\"" + address
                        + "\",\"members\":[" + members + "]}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }
}
