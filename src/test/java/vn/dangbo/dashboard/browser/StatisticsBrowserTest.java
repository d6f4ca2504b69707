package vn.dangbo.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The statistics page as the office sees it: a form in its printed shape in the interface's font, and a figure
 * clicked through to the members behind it. Screenshots for the README; the time to the drawn form is printed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StatisticsBrowserTest {
    @LocalServerPort int port;

    @Test
    void a_form_is_drawn_in_the_interfaces_font_and_a_figure_opens_its_members() throws Exception {
        ChromeDriver browser = Browser.start(1440, 1000);
        try {
            Browser.signIn(browser, port, "vanphong", "demo-hainam");
            long start = System.nanoTime();
            Browser.openDrawn(browser, port, "statistics?year=2019&form=3");
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("statistics-form")).isEmpty());
            System.out.printf("Statistics form 3 drawn in the browser in %d ms (load %.2f)%n", (System.nanoTime() - start) / 1_000_000,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            String font = (String) browser.executeScript(
                    "return getComputedStyle(document.querySelector('.statistics-table td')).fontFamily");
            assertThat(font).doesNotStartWith("\"Times").doesNotStartWith("serif");
            Browser.screenshot(browser, "statistics-form");

            browser.findElement(By.cssSelector("a.statistics-figure")).click();
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("statistics-behind")).isEmpty());
            long listed = (Long) browser.executeScript("return document.querySelectorAll('#statistics-behind tbody tr').length");
            assertThat(listed).isEqualTo(521);

            String minorities = (String) browser.executeScript("""
                    const row = [...document.querySelectorAll('.statistics-table tbody tr')]
                        .find(r => r.cells[1].textContent === 'Dân tộc thiểu số');
                    const link = row.querySelector('a.statistics-figure');
                    link.click();
                    return link.textContent;""");
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(browser.executeScript(
                    "const h = document.querySelector('#statistics-behind h3'); return !!h && h.textContent.includes('Dân tộc thiểu số')")));
            Browser.settle(browser);
            Browser.screenshot(browser, "statistics-drill");
            assertThat((Long) browser.executeScript("return document.querySelectorAll('#statistics-behind tbody tr').length"))
                    .isEqualTo(Long.parseLong(minorities));
        } finally {
            browser.quit();
        }
    }
}
