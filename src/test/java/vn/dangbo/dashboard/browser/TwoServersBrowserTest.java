package vn.dangbo.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.Application;
import vn.dangbo.dashboard.organisation.OrganisationService;
import vn.dangbo.dashboard.results.TermResultService;

/**
 * Two servers of the application on one PostgreSQL database, as behind a load balancer: started at the same moment
 * (migrations and the first load of data must not collide), a result saved on one of them appears within two seconds
 * on the slide a browser has open on the other. Runs in the PostgreSQL pass of the suite, on a database of its own.
 */
@EnabledIfEnvironmentVariable(named = "SPRING_DATASOURCE_URL", matches = "jdbc:postgresql:.*")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoServersBrowserTest {
    private ConfigurableApplicationContext first;
    private ConfigurableApplicationContext second;
    private ChromeDriver browser;

    @BeforeAll
    void startTwoServersTogether() throws Exception {
        String url = System.getenv("SPRING_DATASOURCE_URL").replace("/dangbo_test", "/dangbo_test_servers");
        CompletableFuture<ConfigurableApplicationContext> one = CompletableFuture.supplyAsync(() -> start(url));
        CompletableFuture<ConfigurableApplicationContext> two = CompletableFuture.supplyAsync(() -> start(url));
        first = one.get();
        second = two.get();
        browser = Browser.start(1920, 1080);
        Browser.signIn(browser, port(second), "danguy", "demo-hainam");
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(Application.class).run("--server.port=0", "--spring.datasource.url=" + url,
                "--dangbo.demo-data.embedded-only=false", "--vaadin.devmode.devTools.enabled=false");
    }

    private static int port(ConfigurableApplicationContext server) {
        return ((WebServerApplicationContext) server).getWebServer().getPort();
    }

    @AfterAll
    void stopEverything() {
        if (browser != null) {
            browser.quit();
        }
        for (ConfigurableApplicationContext server : new ConfigurableApplicationContext[] {first, second}) {
            if (server != null) {
                server.close();
            }
        }
    }

    @Test
    void both_servers_started_together_and_the_demo_data_is_there_once() {
        JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select count(*) from party_committee", Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from member", Long.class))
                .isEqualTo(first.getBean(JdbcTemplate.class).queryForObject("select count(*) from member", Long.class))
                .isGreaterThan(0);
    }

    @Test
    void a_result_saved_on_one_server_appears_on_the_slide_open_on_the_other_within_two_seconds() {
        TermResultService results = first.getBean(TermResultService.class);
        var term = first.getBean(OrganisationService.class).currentTerm().orElseThrow();
        var recorded = results.targets(term).getFirst().result();
        browser.get("http://localhost:" + port(second) + "/present/2");
        WebDriverWait waiting = new WebDriverWait(browser, Duration.ofSeconds(20));
        waiting.until(d -> heading() != null && heading().contains("11/11"));
        try {
            long start = System.nanoTime();
            results.recordResult(term, 1, new BigDecimal("9.5"));
            new WebDriverWait(browser, Duration.ofSeconds(2)).until(d -> heading().contains("10/11"));
            System.out.printf("BENCHMARK push from another server: %.0f ms%n", (System.nanoTime() - start) / 1e6);
        } finally {
            results.recordResult(term, 1, recorded);
        }
        waiting.until(d -> heading().contains("11/11"));
        assertThat(List.of(port(first), port(second))).doesNotHaveDuplicates();
    }

    private String heading() {
        return (String) browser.executeScript(
                "const e = document.querySelector('.slide-heading'); return e ? e.textContent : null;");
    }
}
