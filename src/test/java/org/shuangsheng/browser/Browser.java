package org.shuangsheng.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium. Where Chromium is missing the browser tests
 * are skipped, unless {@code -Dshuangsheng.browser.required=true} (CI) makes that a failure.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    final WebDriver driver;
    final WebDriverWait wait;
    final String base;
    /** Where Chromium saves downloads, without asking. */
    final Path downloads;
    private final Path profile;

    private Browser(WebDriver driver, String base, Path profile, Path downloads) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        this.base = base;
        this.profile = profile;
        this.downloads = downloads;
    }

    static Browser open(int port) throws IOException {
        return open(port, 1280, 900);
    }

    /** A browser with a window of the given size, e.g. 390x844 for a phone. */
    static Browser open(int port, int width, int height) throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && Boolean.getBoolean("shuangsheng.browser.required")) {
            throw new IllegalStateException("Chromium and chromedriver are required at " + CHROMIUM + " and " + CHROMEDRIVER);
        }
        Assumptions.assumeTrue(present, "Chromium is not installed; install chromium and chromium-driver");
        Path profile = Files.createTempDirectory("shuangsheng-chromium");
        Path downloads = Files.createDirectories(profile.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        // Save downloads (a PDF too, rather than showing it) in a directory the test reads.
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "plugins.always_open_pdf_externally", true));
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=" + width + "," + height, "--lang=en-US", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), "http://localhost:" + port, profile, downloads);
    }

    void go(String path) {
        driver.get(base + path);
    }

    WebElement find(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Clicks an element after scrolling it to the middle of the window: at phone size a long list
     * puts it under the bottom edge, where the driver's own scrolling leaves it behind fixed bars.
     */
    void click(By by) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    void type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
    }

    void waitForText(By by, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    void signIn(String username, String password) {
        go("/login");
        type(By.id("username"), username);
        type(By.id("password"), password);
        click(By.id("login-submit"));
        // Present, not necessarily visible: on a phone the menu holding it is folded away.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    }

    /** The file a download saved whose name ends with {@code suffix}, once Chromium has finished it. */
    /**
     * Chromium reserves the final file name with an empty file before it writes the download
     * under a .crdownload name and renames it, so a file is done only when it has bytes and no
     * partial download is left beside it.
     */
    Path downloaded(String suffix) {
        return new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> {
            try (var files = Files.list(downloads)) {
                List<Path> all = files.toList();
                if (all.stream().anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"))) {
                    return null;
                }
                for (Path f : all) {
                    if (f.getFileName().toString().endsWith(suffix) && Files.size(f) > 0) {
                        return f;
                    }
                }
                return null;
            } catch (IOException e) {
                return null;
            }
        });
    }

    void screenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.write(target, ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
