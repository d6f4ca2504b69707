package vn.dangbo.dashboard.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.dangbo.dashboard.base.security.Role;
import vn.dangbo.dashboard.base.table.Table;
import vn.dangbo.dashboard.base.table.TableFiles;
import vn.dangbo.dashboard.transfer.ImportService;
import vn.dangbo.dashboard.transfer.ImportSheet;
import vn.dangbo.dashboard.users.UserService;

/**
 * A merged commune's size in the browser: 100 cells and 3,000 members of generated data, imported through the
 * office's own import, then each dashboard opened and timed until its charts are drawn. The times are printed
 * (BENCHMARK …), not asserted: these machines are shared and noisy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:merged-commune;DB_CLOSE_DELAY=-1", "dangbo.demo-data.enabled=false"})
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MergedCommuneBenchmark {
    private static final int CELLS = 100;
    private static final int MEMBERS_PER_CELL = 30;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String[] LEVELS = {"HTXS", "HTT", "HTT", "HTT", "HTT", "HTT", "HTNV", "KHTNV"};
    @LocalServerPort int port;
    @Autowired ImportService imports;
    @Autowired UserService users;
    private ChromeDriver browser;

    @BeforeAll
    void aMergedCommune() throws Exception {
        long start = System.nanoTime();
        byte[] workbook = TableFiles.xlsx(generated());
        imports.importFile(workbook, "xa-hop-nhat.xlsx");
        // Left for timing the production jar with the same data: java -jar … --dangbo.import=target/xa-hop-nhat.xlsx
        java.nio.file.Files.write(java.nio.file.Path.of("target", "xa-hop-nhat.xlsx"), workbook);
        System.out.printf("BENCHMARK merged commune generated and imported (%d cells, %d members) in %.1f s%n", CELLS,
                CELLS * MEMBERS_PER_CELL, (System.nanoTime() - start) / 1e9);
        users.createDemoAccount("benchmark", "Đảng ủy viên (benchmark)", Role.COMMITTEE, null, "merged-commune-2025");
        browser = Browser.start(1920, 1080);
        Browser.signIn(browser, port, "benchmark", "merged-commune-2025");
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void each_dashboard_is_drawn_in_the_browser_with_a_merged_communes_data() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        List<String> pages = List.of("", "ratings?year=2024", "cells?year=2024", "cells/X001?year=2024", "recruitment",
                "ratings/members?year=2024&level=GOOD", "recruitment/members?year=2024", "?meeting=0");
        for (String page : pages) {
            open(page);
        }
        for (String page : pages) {
            seconds.put("/" + page, open(page));
        }
        StringBuilder line = new StringBuilder("BENCHMARK merged commune, time until every chart is drawn (second opening):");
        seconds.forEach((page, s) -> line.append(String.format(" %s %.1f s;", page, s)));
        System.out.println(line);
    }

    /** Opens a page and returns the seconds until its heading and every chart on it are drawn. */
    private double open(String page) {
        long start = System.nanoTime();
        browser.get("http://localhost:" + port + "/" + page);
        new WebDriverWait(browser, Duration.ofSeconds(120)).until(d -> Boolean.TRUE.equals(browser.executeScript("""
                    const charts = [...document.querySelectorAll('dangbo-apex-chart')];
                    const view = document.querySelector('h2');
                    return view !== null && charts.every(c => c.querySelector('svg .apexcharts-inner, svg .apexcharts-graphical'));
                    """)));
        double total = (System.nanoTime() - start) / 1e9;
        Object server = browser.executeScript("""
                return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                    .filter(e => e.name.includes('v-r=') || e.entryType === 'navigation')
                    .map(e => Math.round(e.responseEnd - e.requestStart)).join('+');
                """);
        System.out.println("BENCHMARK detail /" + page + ": " + String.format("%.1f s", total) + ", server answers (ms) " + server);
        return total;
    }

    /** A committee of 100 cells (90 hamlets), 30 members each, five years of ratings, two years of meetings. */
    private static List<Table> generated() {
        Random random = new Random(2025);
        List<List<Object>> cells = new ArrayList<>();
        List<List<Object>> members = new ArrayList<>();
        List<List<Object>> memberRatings = new ArrayList<>();
        List<List<Object>> cellRatings = new ArrayList<>();
        List<List<Object>> meetings = new ArrayList<>();
        List<List<Object>> candidates = new ArrayList<>();
        List<List<Object>> trainings = new ArrayList<>();
        for (int c = 1; c <= CELLS; c++) {
            String cell = String.format("X%03d", c);
            cells.add(List.of(cell, (c <= 90 ? "Chi bộ xóm " : "Chi bộ cơ quan ") + c, c <= 90 ? "Xóm" : "Cơ quan"));
            for (int year = 2020; year <= 2024; year++) {
                cellRatings.add(java.util.Arrays.asList(cell, (long) year, LEVELS[random.nextInt(LEVELS.length - 1)], null, null));
            }
            for (int year = 2023; year <= 2024; year++) {
                for (int month = 1; month <= 12; month++) {
                    int present = 20 + random.nextInt(11);
                    meetings.add(java.util.Arrays.asList(cell, String.format("03/%02d/%d", month, year), "Thường kỳ",
                            (long) present, 30L, "Tốt"));
                }
            }
            candidates.add(List.of("Quần chúng " + c + " A", cell, "Quần chúng ưu tú", "01/03/2024"));
            candidates.add(List.of("Quần chúng " + c + " B", cell, "Đang làm hồ sơ", "01/06/2024"));
            for (int m = 1; m <= MEMBERS_PER_CELL; m++) {
                String code = String.format("M%03d%02d", c, m);
                LocalDate admitted = LocalDate.of(1975 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28));
                boolean probationary = admitted.isAfter(LocalDate.of(2024, 1, 1));
                members.add(java.util.Arrays.asList(code, "Đảng viên " + c + "-" + m, m % 2 == 0 ? "Nam" : "Nữ",
                        (long) (1950 + random.nextInt(50)), cell, probationary ? "Dự bị" : "Chính thức", admitted.format(DAY),
                        null, null, random.nextInt(5) == 0 ? "Có" : "Không", null, null, null, null));
                for (int year = 2020; year <= 2024; year++) {
                    if (admitted.getYear() > year) {
                        continue;
                    }
                    boolean recent = admitted.isAfter(LocalDate.of(year, 6, 30));
                    memberRatings.add(java.util.Arrays.asList(code, (long) year,
                            recent ? null : LEVELS[random.nextInt(LEVELS.length)], null,
                            recent ? "Kết nạp chưa đủ 6 tháng" : null));
                }
                if (m == 1) {
                    trainings.add(List.of(code, "Trung cấp lý luận chính trị", (long) (2020 + random.nextInt(5))));
                }
            }
        }
        return List.of(
                new Table(ImportSheet.COMMITTEE.title(), ImportSheet.COMMITTEE.columns(), List.of(List.of("Đảng bộ xã Hợp Nhất", "Huyện Thử", "Tỉnh Thử"))),
                new Table(ImportSheet.TERMS.title(), ImportSheet.TERMS.columns(), List.of(List.of(2020L, 2025L))),
                new Table(ImportSheet.CELLS.title(), ImportSheet.CELLS.columns(), cells),
                new Table(ImportSheet.MEMBERS.title(), ImportSheet.MEMBERS.columns(), members),
                new Table(ImportSheet.MEMBER_RATINGS.title(), ImportSheet.MEMBER_RATINGS.columns(), memberRatings),
                new Table(ImportSheet.CELL_RATINGS.title(), ImportSheet.CELL_RATINGS.columns(), cellRatings),
                new Table(ImportSheet.RECRUITMENT_TARGETS.title(), ImportSheet.RECRUITMENT_TARGETS.columns(),
                        List.of(java.util.Arrays.asList(2020L, null, 150L))),
                new Table(ImportSheet.CANDIDATES.title(), ImportSheet.CANDIDATES.columns(), candidates),
                new Table(ImportSheet.MEETINGS.title(), ImportSheet.MEETINGS.columns(), meetings),
                new Table(ImportSheet.TRAININGS.title(), ImportSheet.TRAININGS.columns(), trainings));
    }
}
