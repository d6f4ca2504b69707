package vn.dangbo.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.dangbo.dashboard.base.Today;
import vn.dangbo.dashboard.base.i18n.Formats;

/**
 * The monthly meeting in a real browser at 1920×1080 in meeting mode: the overview with its changes and the attention
 * panel; a conclusion recorded on a figure and seen as a dated mark on its chart, its words as text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MonthlyMeetingBrowserTest {
    private static final String WORDS = "Rà soát <b>HTXS</b> các chi bộ";
    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    private ChromeDriver browser;

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        jdbc.update("delete from conclusion");
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private Object script(String code) {
        return browser.executeScript(code);
    }

    @Test
    void the_overview_in_meeting_mode_shows_the_changes_and_what_needs_attention_and_a_conclusion_is_marked_on_its_chart()
            throws Exception {
        browser = Browser.start(1920, 1080);
        Browser.signIn(browser, port, "danguy", "demo-hainam");
        Browser.openDrawn(browser, port, "?meeting");

        assertThat(script("return document.documentElement.classList.contains('meeting-mode')"
                + " || document.body.classList.contains('meeting-mode')")).isEqualTo(true);
        String panel = (String) script("return document.querySelector('#card-attention').innerText");
        assertThat(panel).contains("Cần chú ý · tháng").contains("Xem danh sách cần chú ý");
        assertThat((String) script("return document.querySelector('#tile-members .tile-change').innerText"))
                .startsWith("So với cùng ngày năm trước:");
        assertThat(script("return getComputedStyle(document.querySelector('#card-attention .attention-count')).backgroundColor"))
                .isNotEqualTo("rgba(0, 0, 0, 0)");
        Browser.screenshot(browser, "monthly-overview-meeting");

        Browser.openDrawn(browser, port, "ratings?year=2019&meeting");
        assertThat(script("return document.querySelector('#year-table .change-figure').innerText")).isNotNull();
        browser.findElement(By.id("card-trend-conclude")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#conclusion-content textarea")).isEmpty());
        browser.findElement(By.cssSelector("#conclusion-content textarea")).sendKeys(WORDS);
        browser.findElement(By.cssSelector("#conclusion-assignee input")).sendKeys("Đồng chí Phó Bí thư");
        browser.findElement(By.id("conclusion-save")).click();

        String mark = "Kết luận " + Formats.date(LocalDate.now(Today.VIETNAM)).substring(0, 5);
        waiting().until(d -> Boolean.TRUE.equals(script("return [...document.querySelectorAll("
                + "'#chart-trend .apexcharts-xaxis-annotations text')].some(t => t.textContent === '" + mark + "')")));
        assertThat((String) script("return document.querySelector('#card-trend .card-conclusions').innerText")).contains(WORDS);
        assertThat(script("return document.querySelector('#card-trend .card-conclusions b')")).isNull();
        Browser.screenshot(browser, "monthly-conclusion-marked");
    }
}
