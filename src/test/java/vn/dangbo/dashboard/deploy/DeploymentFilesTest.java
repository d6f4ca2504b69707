package vn.dangbo.dashboard.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The deployment the README's province section describes, as files a province's IT runs (deploy/compose.yaml and
 * deploy/nginx.conf): PostgreSQL, two instances of the image the build makes, nginx keeping each browser on one
 * instance and passing the push websocket, and no password written into them. The image itself is checked by
 * scripts/check-image.sh in .ci/run.
 */
class DeploymentFilesTest {
    private static final Path DEPLOY = Path.of("deploy");

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(DEPLOY.resolve("compose.yaml")));
        return (Map<String, Map<String, Object>>) compose.get("services");
    }

    @Test
    void the_compose_file_runs_postgresql_two_instances_and_nginx() throws IOException {
        Map<String, Map<String, Object>> services = services();

        assertThat(services).containsOnlyKeys("database", "app1", "app2", "nginx");
        assertThat((String) services.get("database").get("image")).startsWith("postgres:");
        assertThat((String) services.get("nginx").get("image")).startsWith("nginx:");
        for (String app : List.of("app1", "app2")) {
            assertThat((String) services.get(app).get("image")).as(app).startsWith("dangbo-dashboard:");
            @SuppressWarnings("unchecked")
            Map<String, String> environment = (Map<String, String>) services.get(app).get("environment");
            assertThat(environment.get("SPRING_DATASOURCE_URL")).isEqualTo("jdbc:postgresql://database:5432/dangbo");
            assertThat(environment.get("DANGBO_ADMIN_PASSWORD")).as("from the environment, never written here")
                    .startsWith("${");
            assertThat(environment.get("SPRING_DATASOURCE_PASSWORD")).startsWith("${");
            assertThat(services.get(app)).as("the image's own user, not root").doesNotContainKey("user");
        }
    }

    @Test
    void nginx_keeps_a_browser_on_one_instance_and_passes_the_websocket() throws IOException {
        String nginx = Files.readString(DEPLOY.resolve("nginx.conf"));

        assertThat(nginx).contains("ip_hash;", "server app1:8080;", "server app2:8080;",
                "proxy_set_header Upgrade $http_upgrade;", "proxy_set_header Connection \"upgrade\";",
                "proxy_http_version 1.1;");
    }

    @Test
    void the_example_environment_holds_no_password() throws IOException {
        assertThat(Files.readAllLines(DEPLOY.resolve("example.env"))).filteredOn(line -> line.contains("PASSWORD="))
                .hasSize(2).allMatch(line -> line.endsWith("="));
        assertThat(Files.readString(Path.of(".gitignore"))).contains("deploy/.env");
    }
}
