package vn.dangbo.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every view and slide checked by axe-core (Deque's accessibility engine, fetched by scripts/fetch-axe.sh and
 * injected here), as an administrator sees them: no violation of serious or critical impact — contrast, names of
 * controls and images, labels, structure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AccessibilityBrowserTest {
    private static final Path AXE = Path.of(".axe", "axe.min.js");
    @LocalServerPort int port;

    @Test
    void no_view_or_slide_has_a_serious_accessibility_violation() throws Exception {
        if (!Files.exists(AXE)) {
            if (System.getenv("CI") != null) {
                throw new IllegalStateException("CI needs axe-core: scripts/fetch-axe.sh");
            }
            Assumptions.abort("axe-core is not fetched (scripts/fetch-axe.sh)");
        }
        String axe = Files.readString(AXE);
        ChromeDriver browser = Browser.start(1920, 1080);
        try {
            Browser.signIn(browser, port, "quantri", "demo-hainam");
            List<String> violations = new ArrayList<>();
            for (String page : Stream.concat(TruncationBrowserTest.VIEWS.stream().map(v -> v.replace("?meeting=1", "")),
                    TruncationBrowserTest.SLIDES.stream()).toList()) {
                Browser.openDrawn(browser, port, page);
                browser.executeScript(axe);
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> found = (List<Map<String, Object>>) browser.executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        axe.run(document, { resultTypes: ['violations'] }).then((r) => done(r.violations
                            .filter((v) => v.impact === 'serious' || v.impact === 'critical')
                            .map((v) => ({ id: v.id, impact: v.impact, help: v.help,
                                where: v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' — ' + (n.failureSummary || '').split('\\n').slice(0, 2).join(' ')) }))))
                          .catch((e) => done([{ id: 'axe-failed', impact: 'critical', help: String(e), where: [] }]));
                        """);
                found.forEach(v -> violations.add("/" + page + ": " + v.get("id") + " (" + v.get("impact") + ") "
                        + v.get("help") + " " + v.get("where")));
            }
            assertThat(violations).as("serious or critical accessibility violations").isEmpty();
        } finally {
            browser.quit();
        }
    }
}
