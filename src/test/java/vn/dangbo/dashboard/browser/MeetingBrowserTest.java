package vn.dangbo.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The dashboards as a meeting uses them, in a real browser: on the projector in meeting mode, printed on paper, and
 * on a phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MeetingBrowserTest {
    private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page[^s]");
    @LocalServerPort int port;
    private ChromeDriver browser;

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + "/" + path);
        waiting().until(d -> Boolean.TRUE.equals(browser.executeScript(
                "return document.querySelector('vaadin-app-layout h2') !== null && [...document.querySelectorAll('dangbo-apex-chart')]"
                        + ".every(c => c.querySelector('svg'));")));
        Browser.settle(browser);
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }


    /** The smallest font size, in CSS pixels, of the visible elements a selector finds, once some are drawn. */
    private Double smallestText(String selector) {
        return waiting().until(d -> measuredText(selector));
    }

    /** The same measured now: null while none is drawn. */
    private Double measuredText(String selector) {
        Object size = browser.executeScript("""
                const sizes = Array.from(document.querySelectorAll(arguments[0]))
                    .filter(e => e.getBoundingClientRect().width > 0 && e.textContent.trim())
                    .map(e => parseFloat(getComputedStyle(e).fontSize));
                return sizes.length ? Math.min(...sizes) : null;
                """, selector);
        return size == null ? null : ((Number) size).doubleValue();
    }

    @Test
    void in_meeting_mode_chart_and_table_text_is_at_least_18_px_and_the_headline_fits_the_projector() throws Exception {
        browser = Browser.start(1920, 1080);
        Browser.signIn(browser, port, "danguy", "demo-hainam");
        for (String page : List.of("?meeting", "ratings?year=2019", "cells?year=2019", "recruitment")) {
            open(page);
            Browser.screenshot(browser, "meeting-" + page.replaceAll("[^a-z]", ""));
            assertThat(smallestText("dangbo-apex-chart text")).as(page + " chart text").isGreaterThanOrEqualTo(18);
            assertThat(smallestText(".apexcharts-legend-text")).as(page + " legends").isGreaterThanOrEqualTo(18);
            if (page.startsWith("cells")) {
                assertThat(smallestText("vaadin-grid-cell-content")).as(page + " table").isGreaterThanOrEqualTo(18);
            }
            assertThat((Boolean) browser.executeScript("return document.querySelector('vaadin-app-layout').drawerOpened"))
                    .as(page + ": the side menu is closed").isFalse();
            Number headline = (Number) browser.executeScript("""
                    const tiles = document.querySelector('.tiles');
                    const charts = document.querySelector('.card-grid');
                    return Math.max(tiles ? tiles.getBoundingClientRect().bottom : 0,
                        charts ? charts.getBoundingClientRect().top + 200 : 0);
                    """);
            assertThat(headline.doubleValue()).as(page + ": headline figures and the first charts on screen").isLessThanOrEqualTo(1080);
        }
        browser.findElement(By.id("meeting-mode")).click();
        Browser.settle(browser);
        waiting().until(d -> measuredText("dangbo-apex-chart text") != null && measuredText("dangbo-apex-chart text") < 18);
    }

    @Test
    void a_dashboard_prints_on_a4_landscape_pages_without_menus_and_without_cutting_a_chart() throws Exception {
        browser = Browser.start(1400, 900);
        Browser.signIn(browser, port, "danguy", "demo-hainam");
        open("ratings?year=2019&meeting=0");
        PrintOptions options = new PrintOptions();
        options.setOrientation(PrintOptions.Orientation.LANDSCAPE);
        options.setPageSize(new PageSize(21.0, 29.7));
        options.setBackground(true);
        byte[] pdf = Base64.getDecoder().decode(browser.print(options).getContent());
        Matcher pages = PAGE.matcher(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1));
        int count = 0;
        while (pages.find()) {
            count++;
        }
        assertThat(count).as("pages: a card after another, each whole").isBetween(2, 10);

        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        Browser.resize(browser, 1032, 680);
        Browser.settle(browser);
        assertThat((Boolean) browser.executeScript(
                "return [...document.querySelectorAll('vaadin-app-layout')].every(l => getComputedStyle(l.shadowRoot.querySelector('[part~=navbar]')).display === 'none')"))
                .as("no header or menu on paper").isTrue();
        @SuppressWarnings("unchecked")
        List<Object> charts = (List<Object>) browser.executeScript("""
                return [...document.querySelectorAll('dangbo-apex-chart')].map(e => ({
                    avoid: getComputedStyle(e).breakInside, height: e.getBoundingClientRect().height }));
                """);
        assertThat(charts).isNotEmpty().allSatisfy(chart -> {
            Map<?, ?> box = (Map<?, ?>) chart;
            assertThat(box.get("avoid")).isEqualTo("avoid");
            assertThat(((Number) box.get("height")).doubleValue()).as("shorter than a page").isLessThan(680);
        });
    }

    @Test
    void on_a_phone_the_header_keeps_one_line_and_signing_out_takes_only_visible_controls() throws Exception {
        browser = Browser.start(390, 844);
        Browser.signIn(browser, port, "danguy", "demo-hainam");
        open("");
        Number navbar = (Number) browser.executeScript(
                "return document.querySelector('vaadin-app-layout').shadowRoot.querySelector('[part~=navbar]').getBoundingClientRect().height");
        assertThat(navbar.doubleValue()).as("the header's height").isLessThanOrEqualTo(64);
        assertThat((Boolean) browser.executeScript(
                "const c = document.querySelector('.header-committee'); return c.scrollHeight <= c.clientHeight + 1"))
                .as("the committee's name on one line").isTrue();
        Browser.screenshot(browser, "phone-overview");

        browser.findElement(By.cssSelector("vaadin-drawer-toggle")).click();
        WebElement signOut = waiting().until(d -> {
            WebElement button = d.findElement(By.id("phone-sign-out"));
            return button.isDisplayed() ? button : null;
        });
        Number bottom = (Number) browser.executeScript("return arguments[0].getBoundingClientRect().bottom", signOut);
        assertThat(bottom.doubleValue()).as("inside the screen").isLessThanOrEqualTo(844);
        signOut.click();

        waiting().until(d -> d.getCurrentUrl().contains("login"));
    }
}
