package vn.dangbo.dashboard.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in the browser, against a running server (not part of the suite: {@code scripts/benchmark.sh} starts the
 * production jar on the benchmark's database and runs this with {@code -Ddangbo.benchmark.url=http://localhost:port}).
 * Each page is opened once to warm up, then five times; printed per page: the median time from asking for the page
 * until every chart in the window is drawn, how many charts that was of how many on the page, the time the charts'
 * drawing took (ApexCharts, from the element's own performance marks), the page's longest task and the sum of its
 * long tasks (over 50 ms; the browser's Long Tasks API). Then the slide change: the time from the clicker's key to
 * the next slide's charts drawn. Nothing is asserted: these machines are shared and noisy.
 */
class BrowserBenchmark {
    private static final int RUNS = 5;

    /** Every chart in the window drawn (a chart below the fold draws when scrolled to, or when the page is idle). */
    static final String VISIBLE_DRAWN = """
            const charts = [...document.querySelectorAll('dangbo-apex-chart')];
            const visible = charts.filter(c => { const r = c.getBoundingClientRect();
                return r.bottom > 0 && r.top < innerHeight && r.width > 0; });
            const drawn = c => c.querySelector('svg .apexcharts-inner, svg .apexcharts-graphical');
            const settled = window.Vaadin && window.Vaadin.Flow && Object.values(window.Vaadin.Flow.clients || {})
                .every(c => !c.isActive || !c.isActive());
            return settled && !!document.querySelector('vaadin-app-layout h2, .slide h1') && visible.every(drawn)
                ? [visible.length, charts.length] : null;""";

    private static final String COLLECTED = """
            const draws = performance.getEntriesByName('dangbo-chart-draw');
            const tasks = window.dangboLongTasks || [];
            return [draws.reduce((s, e) => s + e.duration, 0), tasks.reduce((m, d) => Math.max(m, d), 0),
                tasks.reduce((s, d) => s + d, 0), draws.length];""";

    private static final String OBSERVE_LONG_TASKS = """
            window.dangboLongTasks = [];
            try { new PerformanceObserver(list => list.getEntries().forEach(e => window.dangboLongTasks.push(e.duration)))
                .observe({ type: 'longtask', buffered: true }); } catch (e) { }""";

    @Test
    void each_page_is_timed_until_its_visible_charts_are_drawn() throws Exception {
        String url = System.getProperty("dangbo.benchmark.url");
        Assumptions.assumeTrue(url != null && !url.isBlank(), "no server given (-Ddangbo.benchmark.url)");
        String password = System.getProperty("dangbo.benchmark.password", "demo-hainam");
        String cell = System.getProperty("dangbo.benchmark.cell", "");
        int year = Integer.getInteger("dangbo.benchmark.year", 2025);
        System.out.printf("BENCHMARK browser | page | until the visible charts are drawn, ms (median of %d) | charts drawn"
                + " / on the page | drawing the charts, ms | longest task, ms | long tasks, ms | load |%n", RUNS);
        pages(url, System.getProperty("dangbo.benchmark.commune-user", "danguy.mau01"), password, List.of("",
                "ratings?year=" + year, "cells?year=" + year, "cells/" + cell + "?year=" + year, "recruitment",
                "meetings?year=" + year, "badges", "report"), "commune");
        pages(url, System.getProperty("dangbo.benchmark.province-user", "bantochuc.tinh"), password, List.of(
                "communes?year=" + year, "", "ratings?year=" + year, "cells?year=" + year, "recruitment", "report"),
                "province");
        if (System.getProperty("dangbo.benchmark.only", "").isEmpty()) {
            slideChange(url, System.getProperty("dangbo.benchmark.commune-user", "danguy.mau01"), password);
        }
    }

    private void pages(String url, String user, String password, List<String> pages, String who) throws Exception {
        ChromeDriver browser = start(url, user, password);
        try {
            String only = System.getProperty("dangbo.benchmark.only", "");
            for (String page : pages) {
                if (page.startsWith("cells/?") || !(who + " /" + page).contains(only)) {
                    continue;
                }
                open(browser, url + "/" + page);
                List<double[]> runs = new ArrayList<>();
                List<?> counts = null;
                for (int run = 0; run < RUNS; run++) {
                    long start = System.nanoTime();
                    counts = open(browser, url + "/" + page);
                    double millis = (System.nanoTime() - start) / 1e6;
                    List<?> collected = (List<?>) browser.executeScript(COLLECTED);
                    runs.add(new double[] {millis, number(collected.get(0)), number(collected.get(1)), number(collected.get(2)),
                            number(collected.get(3))});
                }
                runs.sort(java.util.Comparator.comparingDouble(r -> r[0]));
                double[] median = runs.get(RUNS / 2);
                System.out.printf("BENCHMARK browser | %s /%s | %.0f | %s / %s | %.0f (%.0f drawings) | %.0f | %.0f | %s |%n", who,
                        page, median[0], counts.get(0), counts.get(1), median[1], median[4], median[2], median[3], load());
            }
        } finally {
            browser.quit();
        }
    }

    /**
     * Eight people at once (a province's board and its communes' committees in the same hour): eight browsers, each
     * signed in on its own, open the province's and a commune's pages in turn for a minute or two; every answer of the
     * server to a page's requests (Vaadin's UIDL requests and the page itself: request sent to answer received, from
     * the browser's Resource Timing) is collected, and the median and the 95th percentile printed.
     */
    @Test
    void eight_sessions_at_once_are_answered_and_timed() throws Exception {
        String url = System.getProperty("dangbo.benchmark.url");
        Assumptions.assumeTrue(url != null && !url.isBlank(), "no server given (-Ddangbo.benchmark.url)");
        String password = System.getProperty("dangbo.benchmark.password", "demo-hainam");
        int year = Integer.getInteger("dangbo.benchmark.year", 2025);
        int sessions = Integer.getInteger("dangbo.benchmark.sessions", 8);
        List<String> province = List.of("communes?year=" + year, "", "ratings?year=" + year, "cells?year=" + year,
                "recruitment", "report");
        List<String> commune = List.of("", "ratings?year=" + year, "cells?year=" + year, "recruitment", "badges");
        List<Double> answers = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(sessions);
        List<java.util.concurrent.Future<?>> running = new ArrayList<>();
        String load = load();
        for (int i = 0; i < sessions; i++) {
            boolean board = i % 2 == 0;
            running.add(pool.submit(() -> {
                ChromeDriver browser = start(url, board ? System.getProperty("dangbo.benchmark.province-user", "bantochuc.tinh")
                        : System.getProperty("dangbo.benchmark.commune-user", "danguy.mau01"), password);
                try {
                    for (int round = 0; round < 2; round++) {
                        for (String page : board ? province : commune) {
                            open(browser, url + "/" + page);
                            List<?> times = (List<?>) browser.executeScript("""
                                    return performance.getEntriesByType('navigation')
                                        .concat(performance.getEntriesByType('resource').filter(e => e.name.includes('v-r=uidl')))
                                        .map(e => e.responseEnd - e.requestStart);""");
                            times.forEach(t -> answers.add(number(t)));
                        }
                    }
                } finally {
                    browser.quit();
                }
                return null;
            }));
        }
        for (java.util.concurrent.Future<?> session : running) {
            session.get();
        }
        pool.shutdown();
        List<Double> sorted = answers.stream().sorted().toList();
        System.out.printf("BENCHMARK browser | %d sessions at once, the server's answers (%d) | p50 %.0f ms | p95 %.0f ms"
                        + " | load %s → %s |%n", sessions, sorted.size(), sorted.get(sorted.size() / 2),
                sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1), load, load());
    }

    /**
     * With {@code -Ddangbo.benchmark.profile=<page>}: the page's CPU profile (Chrome DevTools protocol's Profiler) once
     * opened and drawn, the 30 functions it spent most of its own time in (where the charts' time goes).
     */
    @Test
    @SuppressWarnings("unchecked")
    void a_pages_cpu_profile_names_where_the_time_goes() throws Exception {
        String url = System.getProperty("dangbo.benchmark.url");
        String page = System.getProperty("dangbo.benchmark.profile");
        Assumptions.assumeTrue(url != null && page != null, "no server or page given");
        ChromeDriver browser = start(url, System.getProperty("dangbo.benchmark.user", "danguy.mau01"),
                System.getProperty("dangbo.benchmark.password", "demo-hainam"));
        try {
            browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                    window.dangboBoxes = {};
                    const box = SVGGraphicsElement.prototype.getBBox;
                    SVGGraphicsElement.prototype.getBBox = function counted() {
                      const start = performance.now();
                      const result = box.apply(this, arguments);
                      const key = (this.getAttribute('class') || this.nodeName) + ' ' + (this.textContent || '').slice(0, 20);
                      const kept = window.dangboBoxes[key] || (window.dangboBoxes[key] = [0, 0]);
                      kept[0]++; kept[1] += performance.now() - start;
                      return result;
                    };"""));
            open(browser, url + "/" + page);
            browser.executeCdpCommand("Profiler.enable", Map.of());
            browser.executeCdpCommand("Profiler.setSamplingInterval", Map.of("interval", 100));
            browser.executeCdpCommand("Profiler.start", Map.of());
            open(browser, url + "/" + page);
            Browser.settle(browser);
            Map<String, Object> profile = (Map<String, Object>) browser.executeCdpCommand("Profiler.stop", Map.of()).get("profile");
            Browser.screenshot(browser, "benchmark-" + page.replaceAll("[^a-z0-9]+", "-"));
            System.out.println("BENCHMARK address " + browser.getCurrentUrl());
            List<Map<String, Object>> nodes = (List<Map<String, Object>>) profile.get("nodes");
            List<Number> samples = (List<Number>) profile.get("samples");
            List<Number> deltas = (List<Number>) profile.get("timeDeltas");
            Map<Long, String> names = new java.util.HashMap<>();
            for (Map<String, Object> node : nodes) {
                Map<String, Object> frame = (Map<String, Object>) node.get("callFrame");
                String file = String.valueOf(frame.get("url"));
                names.put(((Number) node.get("id")).longValue(), frame.get("functionName") + " "
                        + file.substring(file.lastIndexOf('/') + 1) + ":" + frame.get("lineNumber") + ":" + frame.get("columnNumber"));
            }
            Map<Long, Long> parents = new java.util.HashMap<>();
            for (Map<String, Object> node : nodes) {
                for (Object child : (List<Object>) node.getOrDefault("children", List.of())) {
                    parents.put(((Number) child).longValue(), ((Number) node.get("id")).longValue());
                }
            }
            Map<String, Double> self = new java.util.HashMap<>();
            for (int i = 0; i < samples.size(); i++) {
                long id = samples.get(i).longValue();
                StringBuilder stack = new StringBuilder(names.get(id));
                Long up = parents.get(id);
                for (int depth = 0; depth < 4 && up != null; depth++, up = parents.get(up)) {
                    stack.append(" < ").append(names.get(up).split(" ")[0]);
                }
                self.merge(stack.toString(), deltas.get(i).doubleValue() / 1000, Double::sum);
            }
            System.out.println("BENCHMARK text boxes (drawn / by the canvas) " + browser.executeScript("""
                    const c = document.createElement('canvas').getContext('2d');
                    return [...document.querySelectorAll('dangbo-apex-chart text.apexcharts-text')].slice(0, 12).map(t => {
                      const s = getComputedStyle(t); c.font = s.fontStyle + ' ' + s.fontWeight + ' ' + s.fontSize + ' ' + s.fontFamily;
                      const m = c.measureText(t.textContent); const b = t.getBBox();
                      return t.textContent + ' ' + b.width.toFixed(2) + 'x' + b.height.toFixed(2) + ' / ' + m.width.toFixed(2)
                        + 'x' + (m.fontBoundingBoxAscent + m.fontBoundingBoxDescent).toFixed(2); }).join('\\n');"""));
            System.out.println("BENCHMARK boxes " + browser.executeScript("""
                    return Object.entries(window.dangboBoxes).sort((a, b) => b[1][1] - a[1][1]).slice(0, 25)
                        .map(e => e[0] + ': ' + e[1][0] + ' calls ' + Math.round(e[1][1]) + ' ms').join('\\n');"""));
            self.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(30)
                    .forEach(e -> System.out.printf("BENCHMARK profile %s: %.0f ms %s%n", page, e.getValue(), e.getKey()));
        } finally {
            browser.quit();
        }
    }

    private void slideChange(String url, String user, String password) throws Exception {
        ChromeDriver browser = start(url, user, password);
        try {
            open(browser, url + "/present/1");
            List<Double> times = new ArrayList<>();
            // "1 / 6": forward to the last slide, then back, each change timed.
            String counter = (String) browser.executeScript("return document.getElementById('slide-counter').textContent");
            int slides = Integer.parseInt(counter.replaceAll(".*/", "").trim());
            for (int run = 0; run < RUNS + 1; run++) {
                String before = browser.getCurrentUrl();
                long start = System.nanoTime();
                boolean forward = (run / Math.max(1, slides - 1)) % 2 == 0;
                new org.openqa.selenium.interactions.Actions(browser).sendKeys(forward ? org.openqa.selenium.Keys.PAGE_DOWN
                        : org.openqa.selenium.Keys.PAGE_UP).perform();
                new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> !d.getCurrentUrl().equals(before)
                        && d instanceof ChromeDriver c && c.executeScript(VISIBLE_DRAWN) != null);
                if (run > 0) {
                    times.add((System.nanoTime() - start) / 1e6);
                }
            }
            System.out.printf("BENCHMARK browser | slide change (the clicker's key until the slide's charts are drawn) | %.0f"
                    + " ms median of %d | load %s |%n", times.stream().sorted().toList().get(times.size() / 2), times.size(), load());
        } finally {
            browser.quit();
        }
    }

    private static ChromeDriver start(String url, String user, String password) throws Exception {
        ChromeDriver browser = Browser.start(1920, 1080);
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", OBSERVE_LONG_TASKS));
        browser.get(url + "/login");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.findElements(
                org.openqa.selenium.By.cssSelector("input[name='username']")).isEmpty());
        browser.findElement(org.openqa.selenium.By.cssSelector("input[name='username']")).sendKeys(user);
        browser.findElement(org.openqa.selenium.By.cssSelector("input[name='password']"))
                .sendKeys(password, org.openqa.selenium.Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("login"));
        return browser;
    }

    private static List<?> open(ChromeDriver browser, String address) {
        browser.get(address);
        return new WebDriverWait(browser, Duration.ofSeconds(120)).pollingEvery(Duration.ofMillis(20))
                .until(d -> (List<?>) browser.executeScript(VISIBLE_DRAWN));
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : 0;
    }

    private static String load() throws java.io.IOException {
        return String.join(" ", java.util.Arrays.copyOf(java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                .split(" "), 3));
    }
}
