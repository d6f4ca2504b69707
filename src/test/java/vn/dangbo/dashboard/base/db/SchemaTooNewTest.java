package vn.dangbo.dashboard.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.CoreErrorCode;
import org.flywaydb.core.api.ErrorDetails;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.Application;

class SchemaTooNewTest {
    private static final String URL = "jdbc:h2:mem:schema-too-new;DB_CLOSE_DELAY=-1";

    @Test
    void a_database_migrated_by_a_newer_version_stops_start_up_and_loses_nothing() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(URL);
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource).load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("insert into party_committee (code, name) values ('thu', 'Đảng bộ xã Thử')");
        jdbc.update("""
                insert into "flyway_schema_history" ("installed_rank", "version", "description", "type", "script",
                    "checksum", "installed_by", "execution_time", "success")
                values (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 1, 'sa', 1, true)""");

        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .run("--spring.datasource.url=" + URL, "--spring.datasource.username=sa", "--spring.datasource.password=",
                        "--dangbo.demo-data.enabled=false"))
                .hasRootCauseInstanceOf(FlywayValidateException.class);

        assertThat(jdbc.queryForObject("select name from party_committee", String.class)).isEqualTo("Đảng bộ xã Thử");
        assertThat(jdbc.queryForObject("select count(*) from member", Integer.class)).isZero();
    }

    @Test
    void the_explanation_of_a_newer_schema_is_in_vietnamese_and_says_nothing_was_changed() {
        FailureAnalysis analysis = new SchemaTooNewFailureAnalyzer().analyze(new RuntimeException(),
                new FlywayValidateException(new ErrorDetails(CoreErrorCode.VALIDATE_ERROR, ""), "Detected applied migration not resolved locally: 99."));
        assertThat(analysis.getDescription()).contains("phiên bản ứng dụng mới hơn").contains("không bị thay đổi");
        assertThat(analysis.getAction()).contains("phiên bản ứng dụng mới hơn");
    }
}
