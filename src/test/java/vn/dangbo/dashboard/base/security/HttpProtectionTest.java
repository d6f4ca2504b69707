package vn.dangbo.dashboard.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** What the server answers a browser, or an attacker's page, at the HTTP level: headers, cookie, sign-in form. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "dangbo.security.throttle.allowed=1000")
@ActiveProfiles("test")
class HttpProtectionTest {
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    @LocalServerPort int port;
    private HttpClient browser;

    @BeforeEach
    void aFreshBrowser() {
        browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager()).build();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> signIn(String username, String password, String token)
            throws IOException, InterruptedException {
        String form = "username=" + enc(username) + "&password=" + enc(password) + (token == null ? "" : "&_csrf=" + enc(token));
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String token(HttpResponse<String> page) {
        Matcher matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("the page carries a CSRF token").isTrue();
        return matcher.group(1);
    }

    @Test
    void the_sign_in_page_names_its_icon_and_the_icon_is_served_before_signing_in() throws Exception {
        assertThat(get("/login").body()).containsPattern("<link href=\"icons/favicon.svg\" rel=\"icon\"[^>]*>");
        HttpResponse<String> icon = get("/icons/favicon.svg");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/svg+xml"));
    }

    @Test
    void the_page_forbids_foreign_and_inline_script_with_a_fresh_nonce_each_time() throws Exception {
        HttpResponse<String> first = get("/login");
        HttpResponse<String> second = get("/login");
        String policy = first.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("script-src 'self' 'nonce-", "object-src 'none'", "frame-ancestors 'none'",
                "base-uri 'self'").doesNotContain("unsafe-inline' 'unsafe-eval", "script-src *", "http:");
        assertThat(policy.replaceAll(".*script-src ([^;]*);.*", "$1")).doesNotContain("'unsafe-inline'");
        String nonce = policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertThat(first.body()).contains("nonce=\"" + nonce + "\"");
        assertThat(second.headers().firstValue("Content-Security-Policy").orElseThrow()).doesNotContain(nonce);
        assertThat(java.util.Arrays.stream(first.body().split("<script", -1)).skip(1))
                .allSatisfy(tag -> assertThat(tag.substring(0, tag.indexOf('>'))).contains("nonce=\"" + nonce + "\""));
    }

    @Test
    void every_response_says_no_sniffing_no_framing_and_no_address_to_other_sites() throws Exception {
        for (String path : new String[] {"/login", "/styles.css", "/members"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).contains("same-origin");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).isPresent();
        }
    }

    @Test
    void the_session_cookie_is_same_site_and_http_only_and_never_in_an_address() throws Exception {
        HttpResponse<String> redirect = get("/members?cell=X01");
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location").orElseThrow()).doesNotContainIgnoringCase("jsessionid");
        HttpResponse<String> login = get("/login");
        assertThat(String.join("\n", login.headers().allValues("Set-Cookie")) + String.join("\n",
                redirect.headers().allValues("Set-Cookie")))
                .contains("JSESSIONID=").contains("HttpOnly").contains("SameSite=Lax");
        assertThat(login.body()).doesNotContainIgnoringCase("jsessionid=");
    }

    @Test
    void a_sign_in_posted_without_the_pages_token_is_refused() throws Exception {
        get("/login");
        HttpResponse<String> forged = signIn("danguy", "demo-hainam", null);
        assertThat(forged.headers().firstValue("Location").orElse("")).doesNotEndWith(":" + port + "/");
        assertThat(get("/members?cell=X01").statusCode()).as("still signed out").isEqualTo(302);
    }

    @Test
    void a_sign_in_with_the_pages_token_signs_in() throws Exception {
        String token = token(get("/login"));
        HttpResponse<String> signedIn = signIn("danguy", "demo-hainam", token);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith(":" + port + "/");
        assertThat(get("/ratings").statusCode()).isEqualTo(200);
    }
}
