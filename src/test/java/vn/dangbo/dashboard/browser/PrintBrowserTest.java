package vn.dangbo.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageMargin;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The dashboards and the report printed as the browser prints them (Chromium's print to PDF, as Ctrl+P makes it),
 * the PDF then rendered to page images with pdftoppm: nothing cut at a page's edge, no card split across two pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PrintBrowserTest {
    /** A4 landscape less 12 mm margins each side, in CSS pixels (96 per inch). */
    private static final double PAPER_WIDTH = 1032;
    @LocalServerPort int port;
    private ChromeDriver browser;

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void open(String path) {
        Browser.openDrawn(browser, port, path);
    }

    private Path print(String name, boolean landscape) throws Exception {
        PrintOptions options = new PrintOptions();
        options.setOrientation(landscape ? PrintOptions.Orientation.LANDSCAPE : PrintOptions.Orientation.PORTRAIT);
        options.setPageSize(new PageSize(21.0, 29.7));
        options.setPageMargin(new PageMargin(1.0, 1.0, 1.0, 1.0));
        options.setBackground(true);
        Path pdf = Path.of("target", "browser", "print-" + name + ".pdf");
        Files.createDirectories(pdf.getParent());
        Files.write(pdf, Base64.getDecoder().decode(browser.print(options).getContent()));
        return pdf;
    }

    /** A committee member signed in at 1920×1080; without poppler's tools (outside CI) the test is skipped. */
    private void signInWithPoppler() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(new java.io.File("/usr/bin/pdftotext").canExecute() || System.getenv("CI") != null,
                "poppler-utils (pdftotext, pdftoppm) are not installed");
        browser = Browser.start(1920, 1080);
        Browser.signIn(browser, port, "danguy", "demo-hainam");
    }

    /** Runs a program of the machine's (poppler's pdftotext, pdftoppm) and returns what it printed. */
    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(String.join(" ", command) + ": " + out).isZero();
        return out;
    }

    private static List<String> pageTexts(Path pdf) throws Exception {
        String info = run("pdfinfo", pdf.toString());
        int pages = Integer.parseInt(info.lines().filter(l -> l.startsWith("Pages:")).findFirst().orElseThrow()
                .replaceAll("\\D", ""));
        List<String> texts = new java.util.ArrayList<>();
        for (int page = 1; page <= pages; page++) {
            texts.add(squeeze(run("pdftotext", "-f", String.valueOf(page), "-l", String.valueOf(page), pdf.toString(), "-")));
        }
        return texts;
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** Every card as print lays it out: its title, its last line of text, its height, and its charts' overflow. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> cardsAsPrinted() {
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            return (List<Map<String, Object>>) browser.executeScript("""
                    const texts = (card) => { const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
                      const all = []; while (walker.nextNode()) { const t = walker.currentNode.textContent.trim();
                        const e = walker.currentNode.parentElement;
                        if (t && e.getClientRects().length && !e.closest('.apexcharts-tooltip, .apexcharts-xaxistooltip, .apexcharts-yaxistooltip, title, vaadin-tooltip'))
                          all.push(t); } return all; };
                    return [...document.querySelectorAll('.card')].map((card) => {
                      const box = card.getBoundingClientRect();
                      const svgs = [...card.querySelectorAll('svg.apexcharts-svg')].map((svg) => svg.getBoundingClientRect());
                      const words = texts(card);
                      return { title: (card.querySelector('h3') || {}).textContent || '', last: words[words.length - 1] || '',
                        height: box.height, width: box.width, avoid: getComputedStyle(card).breakInside,
                        overflow: Math.max(0, ...svgs.map((s) => s.right - box.right)) };
                    });
                    """);
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    private void checkPrinted(String page, Path pdf, List<Map<String, Object>> cards, double pageHeight) throws Exception {
        List<String> pages = pageTexts(pdf);
        assertThat(cards).as(page + ": cards").isNotEmpty();
        for (Map<String, Object> card : cards) {
            String title = squeeze((String) card.get("title"));
            assertThat(((Number) card.get("overflow")).doubleValue()).as(page + " «" + title + "»: chart inside its card").isLessThanOrEqualTo(1);
            assertThat(((Number) card.get("width")).doubleValue()).as(page + " «" + title + "»: as wide as the paper at most")
                    .isLessThanOrEqualTo(PAPER_WIDTH);
            if (title.isEmpty() || ((Number) card.get("height")).doubleValue() >= pageHeight) {
                continue;
            }
            assertThat(card.get("avoid")).as(page + " «" + title + "» is kept whole").isEqualTo("avoid");
            int at = java.util.stream.IntStream.range(0, pages.size()).filter(i -> pages.get(i).contains(title)).findFirst()
                    .orElseThrow(() -> new AssertionError(page + ": «" + title + "» is not printed"));
            assertThat(pages.get(at)).as(page + " «" + title + "» ends on the page it starts on")
                    .contains(squeeze((String) card.get("last")));
        }
        run("pdftoppm", "-r", "50", "-png", pdf.toString(), pdf.toString().replace(".pdf", ""));
    }

    /** Clicks *In* as a person would; the browser's print dialog is replaced by a flag, then printed to PDF here. */
    private void clickPrint() {
        browser.executeScript("window.print = () => { window.dangboPrinted = true; };");
        browser.findElement(org.openqa.selenium.By.id("print")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(browser.executeScript("return window.dangboPrinted === true")));
    }

    @Test
    void printed_with_in_the_dashboards_cut_no_chart_and_split_no_card_that_fits_a_page() throws Exception {
        signInWithPoppler();
        for (String page : List.of("?meeting=0", "ratings?year=2019", "cells?year=2019")) {
            open(page);
            clickPrint();
            Browser.resize(browser, 1032, 680);
            List<Map<String, Object>> cards = cardsAsPrinted();
            Path pdf = print(page.replaceAll("[^a-z0-9]", ""), true);
            checkPrinted(page, pdf, cards, 660);
        }
    }

    @Test
    void printed_from_the_browser_s_menu_the_charts_are_scaled_to_the_paper() throws Exception {
        signInWithPoppler();
        open("ratings?year=2019");
        Path pdf = print("menu-ratings", true);
        assertThat(pageTexts(pdf).getFirst()).as("the header").contains(squeeze("Đảng bộ xã Hải Nam"), squeeze("In ngày"));
        run("pdftoppm", "-r", "50", "-png", pdf.toString(), pdf.toString().replace(".pdf", ""));
        Browser.resize(browser, 1032, 700);
        List<Map<String, Object>> cards = cardsAsPrinted();
        assertThat(cards).allSatisfy(card -> assertThat(((Number) card.get("overflow")).doubleValue()).isLessThanOrEqualTo(1));
    }

    @Test
    void the_report_prints_on_a4_portrait_with_its_header() throws Exception {
        signInWithPoppler();
        open("report");
        Path pdf = print("report", false);
        String info = run("pdfinfo", pdf.toString());
        assertThat(info).as("A4 portrait: 595 points wide").contains("595.");
        List<String> pages = pageTexts(pdf);
        assertThat(pages.getFirst()).contains(squeeze("I. Tổ chức cơ sở đảng và đảng viên"));
        run("pdftoppm", "-r", "50", "-png", pdf.toString(), pdf.toString().replace(".pdf", ""));
    }

    @Test
    void tai_pdf_makes_the_same_printed_document_on_the_server() throws Exception {
        signInWithPoppler();
        open("ratings?year=2019");
        String base64 = (String) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.getElementById('download-pdf').href).then((r) => r.ok ? r.arrayBuffer() : Promise.reject(r.status))
                  .then((b) => { let s = ''; new Uint8Array(b).forEach((c) => s += String.fromCharCode(c)); done(btoa(s)); })
                  .catch((e) => done('failed ' + e));
                """);
        assertThat(base64).doesNotStartWith("failed");
        Path pdf = Path.of("target", "browser", "server-ratings.pdf");
        Files.write(pdf, Base64.getDecoder().decode(base64));
        List<String> pages = pageTexts(pdf);
        assertThat(pages.getFirst()).contains(squeeze("Đảng bộ xã Hải Nam"), squeeze("Xếp loại chất lượng đảng viên và chi bộ"),
                squeeze("In ngày"));
        assertThat(String.join("", pages)).as("every card printed").contains(squeeze("Đảng viên qua các năm (tỷ lệ theo mức)"),
                squeeze("Chi bộ qua các năm (số chi bộ theo mức)"));
        assertThat(run("pdfinfo", pdf.toString())).as("A4 landscape: 842 points wide").contains("841.9");
        run("pdftoppm", "-r", "50", "-png", pdf.toString(), pdf.toString().replace(".pdf", ""));
    }
}
