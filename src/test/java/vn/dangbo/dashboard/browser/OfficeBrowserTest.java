package vn.dangbo.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The office clerk in a real browser: signing in, a member's record in the form, the import page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficeBrowserTest {
    @LocalServerPort int port;
    @org.springframework.beans.factory.annotation.Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    private ChromeDriver browser;

    @BeforeAll
    void signInAsTheClerk() throws Exception {
        browser = Browser.start(1440, 1000);
        Browser.signIn(browser, port, "vanphong", "demo-hainam");
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @Test
    void a_members_record_opens_in_the_form() throws Exception {
        browser.get("http://localhost:" + port + "/members?cell=X01");
        WebElement first = waiting().until(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().startsWith("HN")).findFirst().orElse(null));
        first.click();
        waiting().until(d -> !d.findElements(By.id("member-form")).isEmpty());
        String form = (String) browser.executeScript("return document.getElementById('member-form').textContent");
        assertThat(form).contains("Sửa hồ sơ", "Xếp loại chất lượng hằng năm", "Ra khỏi Đảng");
        Browser.settle(browser);
        Browser.screenshot(browser, "member-form");
    }

    @Test
    void the_import_page_offers_the_template_and_the_upload() throws Exception {
        browser.get("http://localhost:" + port + "/import");
        waiting().until(d -> !d.findElements(By.id("import-template")).isEmpty());
        assertThat(browser.findElements(By.tagName("vaadin-upload"))).hasSize(1);
        Browser.screenshot(browser, "import");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_download_carries_the_protective_headers_and_lets_nothing_run() {
        browser.get("http://localhost:" + port + "/import");
        waiting().until(d -> !d.findElements(By.id("import-template")).isEmpty());
        java.util.Map<String, Object> headers = (java.util.Map<String, Object>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.getElementById('import-template').href).then(r => done({
                    status: r.status, type: r.headers.get('content-type'), csp: r.headers.get('content-security-policy'),
                    sniff: r.headers.get('x-content-type-options'), referrer: r.headers.get('referrer-policy')}));""");
        assertThat(headers.get("status")).isEqualTo(200L);
        assertThat((String) headers.get("type")).startsWith("application/vnd.openxmlformats");
        assertThat((String) headers.get("csp")).contains("default-src 'none'").doesNotContain("unsafe");
        assertThat(headers.get("sniff")).isEqualTo("nosniff");
        assertThat(headers.get("referrer")).isEqualTo("same-origin");
    }

    @Test
    void a_file_uploaded_in_the_browser_is_previewed_then_imported_with_its_progress_shown() throws Exception {
        java.nio.file.Path csv = java.nio.file.Files.createTempFile("khen-thuong", ".csv");
        java.nio.file.Files.writeString(csv, "\uFEFFNăm,Danh hiệu,Cấp khen\r\n2020,TEST Giấy khen trình duyệt,UBND xã\r\n");
        try {
            browser.get("http://localhost:" + port + "/import");
            WebElement upload = waiting().until(d -> d.findElements(By.tagName("vaadin-upload")).stream().findFirst().orElse(null));
            WebElement input = (WebElement) browser.executeScript("return arguments[0].querySelector('input[type=file]')"
                    + " || arguments[0].shadowRoot.querySelector('input[type=file]')", upload);
            input.sendKeys(csv.toString());
            waiting().until(d -> !d.findElements(By.id("import-confirm")).isEmpty());
            assertThat(browser.findElement(By.id("import-counts")).getText()).contains("sẽ thêm 1");
            browser.findElement(By.id("import-confirm")).click();
            waiting().until(d -> !d.findElements(By.id("import-ok")).isEmpty());
            assertThat(browser.findElement(By.id("import-done")).getText()).contains("thêm 1");
            Browser.screenshot(browser, "import-done");
        } finally {
            jdbc.update("delete from award where title = 'TEST Giấy khen trình duyệt'");
            java.nio.file.Files.deleteIfExists(csv);
        }
    }

    @Test
    void a_candidate_opens_in_the_records_form_with_its_choices() throws Exception {
        browser.get("http://localhost:" + port + "/records/quan-chung-uu-tu");
        WebElement first = waiting().until(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().startsWith("X")).findFirst().orElse(null));
        Browser.screenshot(browser, "records");
        first.click();
        waiting().until(d -> !d.findElements(By.id("record-form")).isEmpty());
        waiting().until(d -> d.findElements(By.id("field-2")).stream().anyMatch(WebElement::isDisplayed));
        String stage = (String) browser.executeScript("return document.getElementById('field-2').value");
        assertThat(stage).isNotBlank();
        Browser.settle(browser);
        Browser.screenshot(browser, "record-form");
        browser.executeScript("document.getElementById('field-3').open()");
        waiting().until(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return document.getElementById('field-3').opened"));
        Browser.settle(browser);
        Browser.screenshot(browser, "date-picker");
    }
}
