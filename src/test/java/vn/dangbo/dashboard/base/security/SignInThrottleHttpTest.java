package vn.dangbo.dashboard.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A client that keeps failing to sign in is slowed down, whatever usernames it tries, even with a right password. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dangbo.security.throttle.allowed=3", "spring.datasource.url=jdbc:h2:mem:dangbo-throttle;DB_CLOSE_DELAY=-1"})
@ActiveProfiles("test")
class SignInThrottleHttpTest {
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    @LocalServerPort int port;
    private final HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager()).build();

    private String signIn(String username, String password) throws Exception {
        String page = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).isTrue();
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString())
                .headers().firstValue("Location").orElse("");
    }

    @Test
    void after_too_many_failures_from_one_client_even_the_right_password_must_wait() throws Exception {
        assertThat(signIn("khong.co.1", "sai-mat-khau")).contains("/login?error");
        assertThat(signIn("khong.co.2", "sai-mat-khau")).contains("/login?error");
        assertThat(signIn("vanphong", "sai-mat-khau")).contains("/login?error");

        assertThat(signIn("danguy", "demo-hainam")).as("not even checked").containsPattern("/login\\?wait=\\d+");
    }
}
