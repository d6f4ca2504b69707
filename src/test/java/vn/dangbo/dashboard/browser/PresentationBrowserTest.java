package vn.dangbo.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.dangbo.dashboard.organisation.OrganisationService;
import vn.dangbo.dashboard.results.TermResultService;

/**
 * The presentation and the dashboards in a real browser, against the application on a free port: the secretary's
 * clicker, the hall's projector resolutions, and what the committee clicks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PresentationBrowserTest {
    private static final List<String> HEADINGS = List.of("Đảng bộ xã Hải Nam",
            "Chỉ tiêu kinh tế – xã hội: 11/11 đạt và vượt", "Đội ngũ đảng viên", "Kết nạp đảng viên mới",
            "Xếp loại chất lượng đảng viên", "Chất lượng các chi bộ", "Đào tạo, bồi dưỡng cán bộ",
            "Khen thưởng và xây dựng nông thôn mới", "Xin trân trọng cảm ơn!");

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TermResultService results;
    @Autowired OrganisationService organisation;
    private ChromeDriver browser;

    @BeforeAll
    void startBrowserAndSignIn() throws Exception {
        browser = Browser.start(1920, 1080);
        Browser.signIn(browser, port, "danguy", "demo-hainam");
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + "/" + path);
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    /** Read in the page itself: a slide's elements are replaced when it changes, so Selenium's handles go stale. */
    private String text(String selector) {
        return (String) browser.executeScript(
                "const e = document.querySelector(arguments[0]); return e ? e.textContent : null;", selector);
    }

    private String heading() {
        return waiting().until(d -> text(".slide-heading"));
    }

    private void waitForSlide(int number) {
        waiting().until(d -> {
            String counter = text("#slide-counter");
            return counter != null && counter.startsWith(number + " /");
        });
    }

    /** Presses a key and returns how long the browser took to show the next slide, in milliseconds. */
    private double pressAndTime(CharSequence key, int expectedSlide) {
        browser.executeScript("""
                window.__t0 = 0; window.__t1 = 0;
                document.addEventListener('keydown', () => { window.__t0 = performance.now(); }, {capture: true, once: true});
                const expected = arguments[0] + ' /';
                const observer = new MutationObserver(() => {
                  const counter = document.getElementById('slide-counter');
                  if (!window.__t1 && counter && counter.textContent.startsWith(expected)) {
                    window.__t1 = performance.now(); observer.disconnect();
                  }
                });
                observer.observe(document.querySelector('.presentation'), {childList: true, subtree: true});
                """, expectedSlide);
        new Actions(browser).sendKeys(key).perform();
        waitForSlide(expectedSlide);
        waiting().until(d -> ((Number) browser.executeScript("return window.__t1")).doubleValue() > 0);
        return ((Number) browser.executeScript("return window.__t1 - window.__t0")).doubleValue();
    }

    @Test
    void the_clicker_drives_every_slide_and_no_slide_shows_a_members_name() throws Exception {
        List<String> names = jdbc.queryForList("select full_name from member", String.class);
        open("present/1");
        waitForSlide(1);
        List<Double> timings = new ArrayList<>();
        for (int slide = 1; slide <= HEADINGS.size(); slide++) {
            assertThat(heading()).isEqualTo(HEADINGS.get(slide - 1));
            assertThat(browser.getCurrentUrl()).contains("present/" + slide);
            String text = text(".presentation");
            assertThat(names).as("slide %d", slide).noneMatch(text::contains);
            Browser.settle(browser);
            Browser.screenshot(browser, "slide-" + slide + "-1920x1080");
            if (slide < HEADINGS.size()) {
                timings.add(pressAndTime(slide % 2 == 0 ? Keys.PAGE_DOWN : Keys.ARROW_RIGHT, slide + 1));
            }
        }
        Collections.sort(timings);
        System.out.printf("BENCHMARK slide change (ms, %d changes): median %.1f, max %.1f%n",
                timings.size(), timings.get(timings.size() / 2), timings.getLast());
    }

    @Test
    void previous_first_last_and_number_keys_go_where_a_presenter_expects() {
        open("present/3");
        waitForSlide(3);
        pressAndTime(Keys.ARROW_LEFT, 2);
        pressAndTime(Keys.PAGE_UP, 1);
        pressAndTime(Keys.END, 9);
        pressAndTime(Keys.HOME, 1);
        pressAndTime("5", 5);
        assertThat(heading()).isEqualTo(HEADINGS.get(4));
        browser.navigate().refresh();
        waitForSlide(5);
        assertThat(heading()).isEqualTo(HEADINGS.get(4));
    }

    @Test
    void slides_fit_the_projector_without_scrolling_and_titles_are_large() {
        for (int[] size : new int[][] {{1920, 1080}, {1280, 720}}) {
            Browser.resize(browser, size[0], size[1]);
            for (int slide = 1; slide <= HEADINGS.size(); slide++) {
                open("present/" + slide + "?theme=light");
                waitForSlide(slide);
                long overflow = (Long) browser.executeScript(
                        "const p = document.querySelector('.presentation');"
                                + "return Math.max(p.scrollHeight - p.clientHeight, p.scrollWidth - p.clientWidth);");
                assertThat(overflow).as("slide %d at %dx%d", slide, size[0], size[1]).isLessThanOrEqualTo(0);
                double titleSize = Double.parseDouble(((String) browser.executeScript(
                        "return getComputedStyle(document.querySelector('.slide-heading')).fontSize")).replace("px", ""));
                assertThat(titleSize).as("title size on slide %d", slide).isGreaterThanOrEqualTo(48);
            }
        }
        Browser.resize(browser, 1920, 1080);
    }

    @Test
    void after_signing_in_the_overview_shows_the_seed_figures_in_a_real_browser() throws Exception {
        open("");
        WebElement members = waiting().until(d -> d.findElements(By.cssSelector("#tile-members .tile-value")).stream()
                .findFirst().orElse(null));
        assertThat(members.getText()).isEqualTo("521");
        assertThat(browser.findElement(By.id("member-ratings-summary")).getText()).contains("17,8%");
        waiting().until(d -> !d.findElements(By.cssSelector("#chart-member-ratings svg")).isEmpty());
        Browser.screenshot(browser, "overview");
    }

    @Test
    void clicking_a_cell_in_the_table_opens_it_with_the_year_carried_over() throws Exception {
        open("cells?year=2017");
        WebElement cell = waiting().until(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().equals("Chi bộ xóm 1")).findFirst().orElse(null));
        cell.click();
        waiting().until(d -> d.getCurrentUrl().contains("cells/X01"));
        assertThat(browser.getCurrentUrl()).contains("year=2017");
        waiting().until(d -> d.findElements(By.tagName("h2")).stream().anyMatch(h -> h.getText().equals("Chi bộ xóm 1")));
        Browser.screenshot(browser, "cell-X01-2017");
    }

    @Test
    void a_result_recorded_by_the_office_appears_on_the_open_slide_within_two_seconds() {
        var term = organisation.currentTerm().orElseThrow();
        var recorded = results.targets(term).getFirst().result();
        open("present/2");
        waitForSlide(2);
        try {
            long start = System.nanoTime();
            results.recordResult(term, 1, new java.math.BigDecimal("9.5"));
            new WebDriverWait(browser, Duration.ofSeconds(2)).until(d -> heading().contains("10/11"));
            System.out.printf("BENCHMARK push to the browser: %.0f ms%n", (System.nanoTime() - start) / 1e6);
            assertThat(browser.getCurrentUrl()).contains("present/2");
        } finally {
            results.recordResult(term, 1, recorded);
        }
    }

    @Test
    void there_is_no_h2_console_or_management_endpoint_to_reach() throws Exception {
        var client = java.net.http.HttpClient.newBuilder().followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        for (String path : List.of("h2-console", "actuator", "actuator/health")) {
            var response = client.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + port + "/" + path)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isNotEqualTo(200);
            assertThat(response.body()).as(path).doesNotContain("H2 Console", "\"status\"");
        }
    }
}
