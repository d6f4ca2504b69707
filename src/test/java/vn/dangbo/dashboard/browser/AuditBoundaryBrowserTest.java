package vn.dangbo.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import vn.dangbo.dashboard.ProvinceDatabaseTest;

/**
 * The audit boundary as the province's administrator and a new commune administrator meet it in a real browser: the
 * province's administrator creates an administrator on commune Mẫu 03's page; signed in (after choosing a password),
 * that administrator's Nhật ký holds no line of another commune or of the province.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "dangbo.demo-data.province=true")
@ActiveProfiles("test")
@ContextConfiguration(initializers = ProvinceDatabaseTest.OwnDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditBoundaryBrowserTest {
    private static final String NEW_ADMIN = "quantri.mau03moi";
    private static final String FIRST_PASSWORD = "Mot-lan-dung-2026-xa";
    private static final String OWN_PASSWORD = "Quan-tri-xa-mau-03-rieng";
    /** A grid's text, or nothing while it is not on the page yet. */
    private static final String GRID_TEXT = "const grid = document.getElementById(arguments[0]); return grid ? grid.textContent : '';";
    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    private ChromeDriver browser;

    @BeforeAll
    void start() throws Exception {
        browser = Browser.start(1440, 1000);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @AfterEach
    void removeTheAccount() {
        jdbc.update("delete from app_user where username = ?", NEW_ADMIN);
        jdbc.update("delete from audit_event where username = ? or details like ?", NEW_ADMIN, NEW_ADMIN + "%");
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private WebElement input(String id) {
        return waiting().until(d -> d.findElements(By.cssSelector("#" + id + " input")).stream().findFirst().orElse(null));
    }

    private void signOut() {
        browser.manage().deleteAllCookies();
    }

    @Test
    void a_commune_administrator_created_by_the_province_reads_no_line_of_another_committee() throws Exception {
        Browser.signIn(browser, port, "vanphong.mau01", "demo-hainam");
        signOut();
        Browser.signIn(browser, port, "quantri.tinh", "demo-hainam");
        browser.get("http://localhost:" + port + "/mau-03/users");
        input("new-username").sendKeys(NEW_ADMIN);
        input("new-name").sendKeys("Quản trị xã Mẫu 03");
        input("new-role").sendKeys("Quản trị");
        waiting().until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(item -> item.getText().equals("Quản trị")).findFirst().orElse(null)).click();
        waiting().until(d -> "Quản trị".equals(input("new-role").getDomProperty("value")));
        input("new-password").sendKeys(FIRST_PASSWORD);
        browser.findElement(By.id("create-user")).click();
        String said = waiting().until(d -> {
            Object text = ((ChromeDriver) d).executeScript(
                    "const m = document.getElementById('users-message'); return m ? m.textContent : '';");
            return text == null || text.toString().isBlank() ? null : text.toString();
        });
        assertThat(said).as("what the page said").startsWith("Đã thêm " + NEW_ADMIN);
        signOut();

        Browser.signIn(browser, port, NEW_ADMIN, FIRST_PASSWORD);
        input("password-current").sendKeys(FIRST_PASSWORD);
        input("password-new").sendKeys(OWN_PASSWORD);
        input("password-again").sendKeys(OWN_PASSWORD);
        browser.findElement(By.id("password-save")).click();
        waiting().until(d -> d.getCurrentUrl().contains("login")
                && !d.findElements(By.cssSelector("input[name='username']")).isEmpty());
        assertThat(jdbc.queryForObject("select must_change_password from app_user where username = ?", Boolean.class,
                NEW_ADMIN)).as("the new password is kept before the page signs out").isFalse();
        signOut();
        Browser.signIn(browser, port, NEW_ADMIN, OWN_PASSWORD);
        browser.get("http://localhost:" + port + "/mau-03/audit");
        waiting().until(d -> String.valueOf(((ChromeDriver) d).executeScript(GRID_TEXT, "audit-grid")).contains(NEW_ADMIN));
        String log = String.valueOf(browser.executeScript(GRID_TEXT, "audit-grid"));
        Browser.screenshot(browser, "audit-commune");

        assertThat(log).contains(NEW_ADMIN, "Đăng nhập", "Đổi mật khẩu", "Thêm người dùng")
                .doesNotContain("vanphong.mau01", "bantochuc.tinh", "danguy.mau11");
        assertThat(log.split("quantri\\.tinh", -1)).as("the province's administrator, once: creating this account")
                .hasSize(2);
    }
}
