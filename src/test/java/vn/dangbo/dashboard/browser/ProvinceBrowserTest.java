package vn.dangbo.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import vn.dangbo.dashboard.ProvinceDatabaseTest;

/** The province's board on the hall's projector: it starts on its communes, and their table cuts nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "dangbo.demo-data.province=true")
@ActiveProfiles("test")
@ContextConfiguration(initializers = ProvinceDatabaseTest.OwnDatabase.class)
class ProvinceBrowserTest {
    @LocalServerPort int port;

    @Test
    void the_board_starts_on_its_communes_whose_table_fits_the_projector_with_no_header_cut() throws Exception {
        ChromeDriver browser = Browser.start(1920, 1080);
        try {
            Browser.signIn(browser, port, "bantochuc.tinh", "demo-hainam");
            WebDriverWait waiting = new WebDriverWait(browser, Duration.ofSeconds(30));
            waiting.until(d -> d.getCurrentUrl().contains("/communes"));
            browser.get(browser.getCurrentUrl() + (browser.getCurrentUrl().contains("?") ? "&" : "?") + "meeting=1");
            waiting.until(d -> Boolean.TRUE.equals(browser.executeScript(
                    "return !!document.getElementById('communes-grid') && [...document.querySelectorAll('dangbo-apex-chart')]"
                            + ".every(c => c.querySelector('svg'))")));
            Browser.settle(browser);
            @SuppressWarnings("unchecked")
            List<String> cut = (List<String>) browser.executeScript(TruncationBrowserTest.CUT, true);
            Browser.screenshot(browser, "province-communes-meeting");
            assertThat(cut).as("cut on the communes' page at 1920×1080 in meeting mode").isEmpty();
        } finally {
            browser.quit();
        }
    }
}
