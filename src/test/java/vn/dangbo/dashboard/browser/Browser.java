package vn.dangbo.dashboard.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium through Debian's chromedriver (a browser download by a test tool is
 * not possible here). Without them the browser tests are skipped on a developer's machine and fail in CI, whose
 * script installs them.
 */
final class Browser {
    static final File CHROMIUM = new File("/usr/bin/chromium");
    static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private Browser() {
    }

    static ChromeDriver start(int width, int height) throws IOException {
        boolean present = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!present && System.getenv("CI") == null) {
            Assumptions.abort("Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        }
        if (!present) {
            throw new IllegalStateException("CI needs /usr/bin/chromium and /usr/bin/chromedriver: see .ci/run");
        }
        Path profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "--lang=vi-VN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        resize(driver, width, height);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return driver;
    }

    /**
     * Signs in on the login page as a person would: name, password, Enter; returns once the page has moved on. The
     * form is typed into only once the page has settled (Flow's first answer may still change the form), and a sign-in
     * that does not move on fails with the address it stayed on, whether the page said the password was wrong, and a
     * screenshot ({@code target/browser/sign-in-failed-<name>.png}).
     */
    static void signIn(ChromeDriver driver, int port, String username, String password) {
        driver.get("http://localhost:" + port + "/");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        WebElement name = wait.until(d -> d.findElements(By.cssSelector("input[name='username']")).stream()
                .findFirst().orElse(null));
        settle(driver);
        name.sendKeys(username);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password, Keys.ENTER);
        try {
            wait.until(d -> !d.getCurrentUrl().contains("login"));
        } catch (TimeoutException stayed) {
            throw new AssertionError("Signing in as " + username + " stayed on " + driver.getCurrentUrl()
                    + "; the form showed an error: " + driver.executeScript(LOGIN_ERROR) + "; see "
                    + screenshotQuietly(driver, "sign-in-failed-" + username), stayed);
        }
    }

    /** Whether the login form shows its error (a wrong name or password, a locked account, too many tries). */
    private static final String LOGIN_ERROR =
            "const f = document.querySelector('vaadin-login-form'); return f ? f.error : 'no form';";

    private static String screenshotQuietly(ChromeDriver driver, String name) {
        try {
            return screenshot(driver, name).toString();
        } catch (IOException | RuntimeException notTaken) {
            return "no screenshot (" + notTaken.getMessage() + ")";
        }
    }

    /** Whether the page's heading (a view's or a slide's) is there and every chart on it is drawn. */
    static final String DRAWN = "return !!document.querySelector('vaadin-app-layout h2, .slide h1')"
            + " && [...document.querySelectorAll('dangbo-apex-chart')].every(c => c.querySelector('svg'))";

    /** Opens a page of the application and returns once its heading and charts are drawn and have settled. */
    static void openDrawn(ChromeDriver driver, int port, String path) {
        driver.get("http://localhost:" + port + "/" + path);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(driver.executeScript(DRAWN)));
        settle(driver);
    }

    /**
     * Whether the page has settled: no request to the server under way, the fonts loaded, no animation running, and
     * the charts' sizes and the page's height the same as at the check before (a chart drawn again when the page's
     * width settles changes them).
     */
    static final String SETTLED = """
            const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
            const busy = !!clients && Object.values(clients).some(c => c.isActive && c.isActive());
            const layout = [...document.querySelectorAll('dangbo-apex-chart svg')]
                .map(s => s.getAttribute('width') + 'x' + s.getAttribute('height')).join() + '|' + document.body.scrollHeight;
            const same = window.__dangboLayout === layout;
            window.__dangboLayout = layout;
            return same && !busy && document.fonts.status === 'loaded'
                && document.getAnimations().every(a => a.playState !== 'running');""";

    /** Waits until the page has settled ({@link #SETTLED}): what a screenshot or a measurement needs, never a sleep. */
    static void settle(ChromeDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(150))
                .until(d -> Boolean.TRUE.equals(driver.executeScript(SETTLED)));
    }

    /** Makes the page's viewport exactly this size, as a projector's resolution would. */
    static void resize(ChromeDriver driver, int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    static Path screenshot(ChromeDriver driver, String name) throws IOException {
        Path target = Path.of("target", "browser", name + ".png");
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return target;
    }
}
