package vn.dangbo.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.dangbo.dashboard.base.table.Table;
import vn.dangbo.dashboard.base.table.TableFiles;
import vn.dangbo.dashboard.transfer.DataExport;
import vn.dangbo.dashboard.transfer.ImportService;

/**
 * Party records are hostile until shown otherwise. Script and markup are imported into every text column the views
 * and slides show (the committee's and cells' names, members' names, awards, hamlets, candidates, resolutions,
 * targets); then each role opens every page it may, hovering over every chart: no script runs (a sentinel on
 * {@code window} stays unset), no markup is made of the data, and the text shows as typed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:dangbo-hostile;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileTextBrowserTest {
    /** Each sets the sentinel if it ever runs: as an element's handler, as a script, as a link. */
    static final List<String> PAYLOADS = List.of("<img src=x onerror=\"window.__xss='img'\">",
            "<script>window.__xss='script'</script>", "\"><svg onload=window.__xss='svg'>",
            "<a href=javascript:window.__xss='a'>a</a>");
    /** Sheet → the text columns poisoned in it. Keys (a title, a name) make new rows; the others change rows. */
    private static final Map<String, List<String>> POISONED = Map.of(
            "Đảng bộ", List.of("Tên Đảng bộ"),
            "Chi bộ", List.of("Tên chi bộ"),
            "Đảng viên", List.of("Họ và tên", "Trình độ học vấn"),
            "Khen thưởng", List.of("Danh hiệu", "Cấp khen"),
            "Thôn xóm", List.of("Tên thôn, xóm"),
            "Quần chúng ưu tú", List.of("Họ và tên"),
            "Học tập nghị quyết", List.of("Nghị quyết"),
            "Chỉ tiêu nhiệm kỳ", List.of("Chỉ tiêu", "Đơn vị"));
    private static final List<String> DASHBOARDS = List.of("", "ratings?year=2019",
            "ratings/members?year=2019&level=GOOD", "recruitment", "cells?year=2019", "cells/X01?year=2019", "presentation",
            "badges", "membership");
    private static final List<String> OFFICE = List.of("import", "members?cell=X01", "targets", "records/chi-bo",
            "records/khen-thuong", "records/thon-xom", "records/quan-chung-uu-tu", "records/hoc-tap-nghi-quyet",
            "records/chi-tieu-nhiem-ky", "meetings?cell=X01&year=2019");
    private static final List<String> SLIDES = IntStream.rangeClosed(1, 9).mapToObj(n -> "present/" + n).toList();

    @LocalServerPort int port;
    @Autowired DataExport export;
    @Autowired ImportService imports;

    @BeforeAll
    void importHostileText() {
        List<Table> poisoned = new ArrayList<>();
        for (Table table : export.tables()) {
            List<String> columns = POISONED.get(table.name());
            if (columns == null || table.rows().isEmpty()) {
                continue;
            }
            List<List<Object>> rows = new ArrayList<>();
            for (int r = 0; r < table.rows().size(); r++) {
                List<Object> row = new ArrayList<>(table.rows().get(r));
                for (String column : columns) {
                    int c = table.headers().indexOf(column);
                    Object value = row.get(c);
                    row.set(c, PAYLOADS.get((r + c) % PAYLOADS.size()) + (value == null ? "" : value));
                }
                rows.add(row);
            }
            poisoned.add(new Table(table.name(), table.headers(), rows));
        }
        assertThat(poisoned).hasSize(POISONED.size());
        imports.importFile(TableFiles.xlsx(poisoned), "doc-hai.xlsx");
    }

    static Map<String, List<String>> pagesByRole() {
        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put("quantri", concat(DASHBOARDS, OFFICE, List.of("users", "audit"), SLIDES));
        pages.put("vanphong", concat(DASHBOARDS, OFFICE));
        pages.put("danguy", concat(DASHBOARDS, SLIDES));
        pages.put("bithu.xom1", List.of("cells/X01?year=2019", "ratings/members?year=2019&level=GOOD&cell=X01"));
        pages.put("trinhchieu", SLIDES);
        return pages;
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"quantri", "vanphong", "danguy", "bithu.xom1", "trinhchieu"})
    void no_script_runs_from_the_data_on_any_page_the_role_opens(String username) throws Exception {
        ChromeDriver browser = Browser.start(1600, 1000);
        try {
            Browser.signIn(browser, port, username, "demo-hainam");
            List<String> shownAsText = new ArrayList<>();
            for (String page : pagesByRole().get(username)) {
                browser.get("http://localhost:" + port + "/" + page);
                new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(browser.executeScript(
                        "return !!document.querySelector('vaadin-app-layout, .slide, .dashboard-view, h1, h2')")));
                Browser.settle(browser);
                hoverEveryChart(browser);
                assertThat(browser.executeScript("return window.__xss")).as(username + " on /" + page).isNull();
                assertThat(browser.executeScript("return document.querySelectorAll('img[src=\"x\"], svg[onload], "
                        + "a[href^=\"javascript\"], script:not([src]):not([nonce])').length"))
                        .as(username + " on /" + page + ": markup made of the data").isEqualTo(0L);
                String text = String.valueOf(browser.executeScript("return document.body.innerText + ' ' + "
                        + "Array.from(document.querySelectorAll('.apexcharts-tooltip, .apexcharts-legend'))"
                        + ".map(e => e.textContent).join(' ')"));
                PAYLOADS.stream().filter(text::contains).forEach(shownAsText::add);
                if (page.startsWith("cells?")) {
                    String tooltips = String.valueOf(browser.executeScript("return Array.from(document.querySelectorAll("
                            + "'.apexcharts-tooltip')).map(e => e.textContent).join(' ')"));
                    assertThat(PAYLOADS).as("a cell's name in the heatmap's tooltip, as typed").anyMatch(tooltips::contains);
                }
            }
            assertThat(shownAsText).as("the hostile text shows as typed somewhere " + username + " looks").isNotEmpty();
            Browser.screenshot(browser, "hostile-" + username);
        } finally {
            browser.quit();
        }
    }

    /** Moves the pointer over the data points of every chart on the page (a few of each), so tooltips draw. */
    private static void hoverEveryChart(ChromeDriver browser) {
        List<WebElement> charts = browser.findElements(By.tagName("dangbo-apex-chart"));
        for (WebElement chart : charts) {
            List<WebElement> points = chart.findElements(By.cssSelector(".apexcharts-series path, .apexcharts-series rect, "
                    + ".apexcharts-pie-area, .apexcharts-heatmap-rect, .apexcharts-legend-text"));
            for (WebElement point : points.stream().limit(12).toList()) {
                try {
                    browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", point);
                    new Actions(browser).moveToElement(point).pause(Duration.ofMillis(60)).perform();
                } catch (RuntimeException notHoverable) {
                    // a point of zero size or hidden under another: the next one
                }
            }
        }
    }
}
