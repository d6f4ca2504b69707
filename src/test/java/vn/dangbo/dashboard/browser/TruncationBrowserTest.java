package vn.dangbo.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Nothing a meeting reads is cut: every view in meeting mode and every slide, on a projector's 1920×1080 and on a
 * small one's 1280×720. A header, a tile's figure or label, a heading or a chart's label whose text is wider than its
 * box (scrollWidth over clientWidth) or that ApexCharts shortened with "…" fails, named with its page; so does a
 * table scrolling sideways on the projector.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TruncationBrowserTest {
    static final List<String> VIEWS = List.of("?meeting=1", "ratings?year=2019", "ratings/members?year=2019&level=GOOD",
            "recruitment", "cells?year=2019", "cells/X01?year=2019", "badges", "membership", "report", "presentation",
            "members?cell=X01", "targets", "records/chi-bo", "meetings?cell=X01&year=2019", "import", "users", "audit",
            "statistics?year=2019&form=3", "statistics?year=2019&form=4&row=3&col=0");
    static final List<String> SLIDES = IntStream.rangeClosed(1, 9).mapToObj(n -> "present/" + n).toList();

    /** What is cut on the page: "text (what it is)", for every header, label, heading and chart label cut. */
    static final String CUT = """
            const cut = [];
            const visible = (e) => e.getClientRects().length && getComputedStyle(e).visibility !== 'hidden';
            const wider = (e) => e.scrollWidth > e.clientWidth + 1 && ['hidden', 'clip'].includes(getComputedStyle(e).overflowX);
            const inHeader = (e) => { const slot = e.assignedSlot; const cell = slot && slot.parentElement;
                return !!(cell && (cell.getAttribute('part') || '').includes('header-cell')); };
            document.querySelectorAll('vaadin-grid-cell-content').forEach((e) => {
              const sorter = e.querySelector('vaadin-grid-sorter');
              const inner = sorter && sorter.shadowRoot && sorter.shadowRoot.querySelector('[part~="content"]');
              if (inHeader(e) && e.textContent.trim() && (wider(e) || (sorter && wider(sorter)) || (inner && wider(inner))))
                cut.push(e.textContent.trim() + ' (header)');
            });
            document.querySelectorAll('vaadin-grid').forEach((grid) => {
              const table = grid.shadowRoot && grid.shadowRoot.querySelector('#table');
              if (arguments[0] && visible(grid) && table && table.scrollWidth > table.clientWidth + 1)
                cut.push((grid.id || 'a table') + ' (scrolls sideways)');
            });
            document.querySelectorAll('.tile-value').forEach((e) => {
              const tile = e.closest('.tile');
              const twoLines = e.getBoundingClientRect().height > 1.6 * parseFloat(getComputedStyle(e).lineHeight);
              if (visible(e) && (e.getBoundingClientRect().right > tile.getBoundingClientRect().right + 1 || twoLines))
                cut.push(e.textContent.trim() + ' (tile figure past its tile or on two lines)');
            });
            document.querySelectorAll('.tile *, h1, h2, h3, h4, .slide *, .slide-figure-label, vaadin-button, vaadin-tab, a')
                .forEach((e) => {
              if (visible(e) && e.children.length === 0 && e.textContent.trim() && wider(e)) cut.push(e.textContent.trim() + ' (text)');
            });
            document.querySelectorAll('dangbo-apex-chart text').forEach((t) => {
              const shown = [...t.querySelectorAll('tspan')].map((s) => s.textContent).join('') || t.textContent;
              if (/(\\.\\.\\.|…)$/.test(shown.trim()) && t.querySelector('title')) cut.push(shown.trim() + ' (chart label)');
            });
            return cut;
            """;

    /**
     * On the hall's projector every table shows all its columns; on a smaller screen a long list (a cell's members,
     * the badges due) may scroll sideways, its first column kept in place, but still cuts no header.
     */
    static final int PROJECTOR_WIDTH = 1920;
    @LocalServerPort int port;

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1920, 1080", "1280, 720"})
    void no_header_label_or_chart_label_is_cut_in_meeting_mode_or_on_a_slide(int width, int height) throws Exception {
        ChromeDriver browser = Browser.start(width, height);
        try {
            Browser.signIn(browser, port, "quantri", "demo-hainam");
            List<String> cut = new ArrayList<>();
            for (String page : Stream.concat(VIEWS.stream(), SLIDES.stream()).toList()) {
                Browser.openDrawn(browser, port, page);
                @SuppressWarnings("unchecked")
                List<String> found = (List<String>) browser.executeScript(CUT, width >= PROJECTOR_WIDTH);
                found.forEach(text -> cut.add("/" + page + ": " + text));
                if (!found.isEmpty()) {
                    Browser.screenshot(browser, "cut-" + width + "-" + page.replaceAll("[^a-z0-9]", "-"));
                }
            }
            assertThat(cut).as("texts cut at %d×%d", width, height).isEmpty();
        } finally {
            browser.quit();
        }
    }
}
