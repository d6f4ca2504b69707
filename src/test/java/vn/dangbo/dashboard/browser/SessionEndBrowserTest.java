package vn.dangbo.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.dangbo.dashboard.base.security.Role;
import vn.dangbo.dashboard.users.UserService;

/**
 * A session already open in a browser ends when the account is disabled or its password is reset: the open page goes
 * to the sign-in page by itself, and the member data it showed can no longer be read there.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SessionEndBrowserTest {
    private static final String USER = "uy.vien.thu";
    private static final String PASSWORD = "lua-chin-vang-dong-que";
    @LocalServerPort int port;
    @Autowired UserService users;
    @Autowired JdbcTemplate jdbc;
    private ChromeDriver browser;

    @BeforeEach
    void aCommitteeMemberReadingTheRatings() throws Exception {
        users.createDemoAccount(USER, "Ủy viên thử", Role.COMMITTEE, null, PASSWORD);
        browser = Browser.start(1280, 900);
        Browser.signIn(browser, port, USER, PASSWORD);
        browser.get("http://localhost:" + port + "/ratings?year=2019");
        waiting(20).until(d -> d.findElements(By.tagName("dangbo-apex-chart")).size() > 0);
    }

    @AfterEach
    void removeTheAccount() {
        if (browser != null) {
            browser.quit();
        }
        jdbc.update("delete from app_user where username = ?", USER);
    }

    private WebDriverWait waiting(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    private void theOpenPageGoesToSignInAndStaysSignedOut() {
        waiting(15).until(d -> d.getCurrentUrl().contains("/login"));
        browser.get("http://localhost:" + port + "/ratings?year=2019");
        waiting(15).until(d -> d.getCurrentUrl().contains("/login"));
        waiting(15).until(d -> !d.findElements(By.cssSelector("input[name='username']")).isEmpty());
        assertThat(browser.findElements(By.tagName("dangbo-apex-chart"))).isEmpty();
    }

    @Test
    void disabling_the_account_sends_its_open_page_to_sign_in() {
        users.setEnabled(USER, false);
        theOpenPageGoesToSignInAndStaysSignedOut();
    }

    @Test
    void resetting_the_password_sends_its_open_page_to_sign_in() {
        users.resetPassword(USER);
        theOpenPageGoesToSignInAndStaysSignedOut();
    }
}
