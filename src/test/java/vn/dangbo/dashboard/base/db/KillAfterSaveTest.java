package vn.dangbo.dashboard.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.dangbo.dashboard.Application;
import vn.dangbo.dashboard.transfer.ImportService;

/**
 * A save the page has confirmed survives the process being killed at once (power cut, kill -9): the embedded
 * database writes a committed change before the service returns. A separate JVM saves through the real service
 * into the application's default file database, says so, and is killed with SIGKILL at that moment.
 */
class KillAfterSaveTest {
    private static final String SAVED = "SAVED-AND-CONFIRMED";

    @Test
    void a_confirmed_save_is_found_after_the_process_is_killed_right_after_it() throws Exception {
        Path folder = Files.createTempDirectory("kill-after-save");
        for (int round = 1; round <= 3; round++) {
            ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                    "-cp", System.getProperty("java.class.path"), Saver.class.getName(), String.valueOf(round))
                    .directory(folder.toFile()).redirectErrorStream(true);
            // The application's own default database, even when this suite runs against PostgreSQL.
            builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("DANGBO_"));
            Process saver = builder.start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(saver.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                StringBuilder log = new StringBuilder();
                while ((line = out.readLine()) != null && !line.equals(SAVED)) {
                    log.append(line).append('\n');
                }
                assertThat(line).as("the saver confirmed its save; it said:\n" + log).isEqualTo(SAVED);
                saver.destroyForcibly();
            }
            assertThat(saver.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(saver.exitValue()).as("killed, not ended").isEqualTo(137);
            assertThat(awardsIn(folder)).as("after kill " + round).containsExactlyElementsOf(
                    java.util.stream.IntStream.rangeClosed(1, round).mapToObj(i -> "Giấy khen lần " + i).toList());
        }
    }

    private static List<String> awardsIn(Path folder) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("data/dangbo"), "sa", "");
             ResultSet rows = connection.createStatement().executeQuery(
                     "select title from award where title like 'Giấy khen lần %' order by title")) {
            List<String> titles = new java.util.ArrayList<>();
            while (rows.next()) {
                titles.add(rows.getString(1));
            }
            return titles;
        }
    }

    /** The application as it runs by default (its file database under ./data), saving one award. */
    public static final class Saver {
        public static void main(String[] args) throws Exception {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                    .web(WebApplicationType.NONE).run("--logging.level.root=warn", "--spring.autoconfigure.exclude="
                            + "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                            + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration,com.vaadin.flow.spring.VaadinScopesConfig");
            String csv = "\uFEFFNăm,Danh hiệu,Cấp khen\r\n2020,Giấy khen lần " + args[0] + ",UBND xã\r\n";
            // Saved as the office's page of the only commune would: no request here, so the scope is set by hand.
            vn.dangbo.dashboard.organisation.CommitteeScope.run(vn.dangbo.dashboard.organisation.CommitteeScope.ALL, () ->
                    context.getBean(ImportService.class).importFile(csv.getBytes(StandardCharsets.UTF_8), "khen-thuong.csv"));
            System.out.println(SAVED);
            System.out.flush();
            new java.util.concurrent.CountDownLatch(1).await(); // until the test kills this process
        }
    }
}
