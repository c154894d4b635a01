package org.shuangsheng.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a page costs a phone (390x844): the bytes that crossed the network and the time to the
 * load event, for the commander's dashboard and grid01's visit form, with an empty cache and
 * again when the same page is opened a second time. Measured by Chromium's Resource Timing, on
 * the local server and on Lighthouse's mobile network (150 ms, 1.6 Mbit/s down). Each load prints a
 * {@code BENCH} line ({@code bench/page-weight.sh} collects them). The times are printed, never
 * asserted; the bytes are: assets go compressed, and a second visit fetches none of them again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageWeightIT {

    static final String PASSWORD = "Shuangsheng@2020";

    /** Lighthouse's simulated slow 4G: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up. */
    static final Map<String, Object> MOBILE = Map.of("offline", false, "latency", 150,
            "downloadThroughput", 1_600_000 / 8, "uploadThroughput", 750_000 / 8);

    private static final String MEASURE = """
            const nav = performance.getEntriesByType('navigation')[0];
            const assets = performance.getEntriesByType('resource')
                .filter(r => /\\/(webjars|css|js)\\//.test(new URL(r.name).pathname));
            const sum = (list, field) => list.reduce((total, r) => total + r[field], 0);
            return [nav.transferSize, sum(assets, 'transferSize'), sum(assets, 'decodedBodySize'),
                assets.length, Math.round(nav.loadEventEnd - nav.startTime)];
            """;

    @LocalServerPort
    int port;

    @Test
    void theDashboardIsCompressedAndItsAssetsAreFetchedOnce() throws Exception {
        try (Browser browser = Browser.open(port, 390, 844)) {
            browser.signIn("commander", PASSWORD);
            measure(browser, "dashboard", "/dashboard", By.cssSelector("#chart-region-grids canvas"));
        }
    }

    @Test
    void theVisitFormIsCompressedAndItsAssetsAreFetchedOnce() throws Exception {
        try (Browser browser = Browser.open(port, 390, 844)) {
            browser.signIn("grid01", PASSWORD);
            browser.go("/screening-rounds");
            browser.click(By.partialLinkText("第三轮全区网格化排查"));
            browser.click(By.id("unvisited-link"));
            String visit = browser.find(By.cssSelector("#unvisited-table a[href*='/visit']")).getAttribute("href");
            measure(browser, "visit-form", visit.substring(browser.base.length()), By.id("visit-heading"));
        }
    }

    private void measure(Browser browser, String page, String path, By ready) {
        ChromeDriver chrome = (ChromeDriver) browser.driver;
        chrome.executeCdpCommand("Network.enable", Map.of());
        List<Load[]> loads = new ArrayList<>();
        for (String network : List.of("local", "mobile")) {
            chrome.executeCdpCommand("Network.emulateNetworkConditions", network.equals("local")
                    ? Map.of("offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1)
                    : MOBILE);
            chrome.executeCdpCommand("Network.clearBrowserCache", Map.of());
            Load first = load(browser, path, ready);
            Load repeat = load(browser, path, ready);
            System.out.println("BENCH " + page + " " + network + " first  " + first);
            System.out.println("BENCH " + page + " " + network + " repeat " + repeat);
            loads.add(new Load[] {first, repeat});
        }
        assertThat(loads).allSatisfy(pair -> {
            assertThat(pair[0].assetsTransferred()).as("assets go compressed").isLessThan(pair[0].assetsDecoded() / 2);
            assertThat(pair[1].assetsTransferred()).as("a second visit fetches no asset again").isZero();
        });
    }

    private static Load load(Browser browser, String path, By ready) {
        browser.go(path);
        browser.find(ready);
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        browser.wait.until(d -> ((Number) js.executeScript(
                "const n = performance.getEntriesByType('navigation')[0]; return n ? n.loadEventEnd : 0;"))
                .longValue() > 0);
        List<?> figures = (List<?>) js.executeScript(MEASURE);
        return new Load(number(figures, 0), number(figures, 1), number(figures, 2), number(figures, 3), number(figures, 4));
    }

    private static long number(List<?> figures, int index) {
        return ((Number) figures.get(index)).longValue();
    }

    record Load(long documentTransferred, long assetsTransferred, long assetsDecoded, long assets, long loadMillis) {

        long transferred() {
            return documentTransferred + assetsTransferred;
        }

        @Override
        public String toString() {
            return String.format("transferred %7.1f KB (page %6.1f KB, %d assets %7.1f KB of %7.1f KB)  load %5d ms",
                    transferred() / 1024.0, documentTransferred / 1024.0, assets, assetsTransferred / 1024.0,
                    assetsDecoded / 1024.0, loadMillis);
        }
    }
}
