package vn.dangbo.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinServiceInitListener;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * An open tab left alone does not keep its session alive: its heartbeat is not use, and after the session's time
 * without use the page goes to sign-in by itself. Here the time is shortened to a few seconds (in production:
 * {@code server.servlet.session.timeout}, 30 minutes), and the heartbeat comes every 2 seconds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.heartbeatInterval=2")
@ActiveProfiles("test")
@Import(IdleSessionBrowserTest.ShortSessions.class)
class IdleSessionBrowserTest {
    static final int IDLE_SECONDS = 6;
    @LocalServerPort int port;

    @TestConfiguration
    static class ShortSessions {
        @Bean
        VaadinServiceInitListener shortSessions() {
            return event -> event.getSource().addSessionInitListener(
                    init -> init.getSession().getSession().setMaxInactiveInterval(IDLE_SECONDS));
        }
    }

    @Test
    void an_open_tab_left_alone_goes_to_sign_in_when_its_session_has_been_idle_too_long() throws Exception {
        ChromeDriver browser = Browser.start(1280, 900);
        try {
            Browser.signIn(browser, port, "danguy", "demo-hainam");
            browser.get("http://localhost:" + port + "/ratings?year=2019");
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(By.tagName("dangbo-apex-chart")).isEmpty());
            long opened = System.nanoTime();

            new WebDriverWait(browser, Duration.ofSeconds(40)).until(d -> d.getCurrentUrl().contains("/login"));

            assertThat(Duration.ofNanos(System.nanoTime() - opened)).isGreaterThan(Duration.ofSeconds(IDLE_SECONDS - 1));
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(d ->
                    !d.findElements(By.cssSelector("input[name='username']")).isEmpty());
        } finally {
            browser.quit();
        }
    }
}
