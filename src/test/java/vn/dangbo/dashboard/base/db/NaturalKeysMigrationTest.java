package vn.dangbo.dashboard.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every record table gets a unique key on its natural key; doubled rows already there are reported, not hidden. */
class NaturalKeysMigrationTest {
    private JdbcDataSource dataSource;
    private JdbcTemplate jdbc;

    @BeforeEach
    void aDatabaseOfTheVersionBefore() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:natural-keys-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource).target("4").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        jdbc.update("insert into party_committee (id, name) values (1, 'Đảng bộ xã Thử')");
        jdbc.update("insert into term (id, committee_id, start_year, end_year) values (1, 1, 2020, 2025)");
        jdbc.update("insert into cell (id, committee_id, code, name, kind) values (1, 1, 'X01', 'Chi bộ xóm 1', 'HAMLET')");
    }

    private void migrate() {
        Flyway.configure().dataSource(dataSource).javaMigrations(new V5__Natural_keys()).callbacks(new NaturalKeysCheck())
                .load().migrate();
    }

    private void award() {
        jdbc.update("insert into award (committee_id, award_year, title, awarded_by) values (1, 2021, 'Cờ thi đua', 'Tỉnh ủy')");
    }

    @Test
    void doubled_rows_stop_the_migration_with_each_doubled_key_named_and_nothing_changed() {
        award();
        award();
        jdbc.update("insert into recruitment_target (term_id, target_year, target) values (1, null, 25), (1, null, 30)");

        assertThatThrownBy(this::migrate).hasRootCauseInstanceOf(DuplicateRecords.class)
                .rootCause().satisfies(e -> assertThat(((DuplicateRecords) e).doubled()).containsExactly(
                        "award (1, 2021, Cờ thi đua): 2 rows", "recruitment_target (1, 0): 2 rows"));
        assertThat(jdbc.queryForObject("select count(*) from award", Integer.class)).isEqualTo(2);

        jdbc.update("delete from award where id = (select max(id) from award)");
        jdbc.update("delete from recruitment_target where target = 30");
        migrate();
        assertThat(jdbc.queryForObject("select count(*) from award", Integer.class)).isEqualTo(1);
    }

    @Test
    void after_the_migration_the_database_refuses_a_doubled_row_in_every_record_table() {
        migrate();
        award();
        assertThatThrownBy(this::award).isInstanceOf(DataIntegrityViolationException.class);
        jdbc.update("insert into recruitment_target (term_id, target_year, target) values (1, null, 25)");
        assertThatThrownBy(() -> jdbc.update("insert into recruitment_target (term_id, target_year, target) values (1, null, 30)"))
                .as("one whole-term target per term").isInstanceOf(DataIntegrityViolationException.class);
        jdbc.update("insert into cell_meeting (cell_id, meeting_date, kind, present, required) values (1, date '2021-03-05', 'REGULAR', 9, 10)");
        assertThatThrownBy(() -> jdbc.update("insert into cell_meeting (cell_id, meeting_date, kind, present, required) "
                + "values (1, date '2021-03-05', 'REGULAR', 8, 10)")).isInstanceOf(DataIntegrityViolationException.class);
        jdbc.update("insert into hamlet (committee_id, name) values (1, 'Xóm 1')");
        assertThatThrownBy(() -> jdbc.update("insert into hamlet (committee_id, name) values (1, 'Xóm 1')"))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(V5__Natural_keys.KEYS).extracting(key -> key[0]).containsExactlyInAnyOrder("candidate", "cell_meeting",
                "study_campaign", "training", "term_target", "award", "hamlet");
        for (String[] key : V5__Natural_keys.KEYS) {
            assertThat(jdbc.queryForObject("select count(*) from information_schema.table_constraints where lower(table_name) = ? "
                    + "and lower(constraint_name) = ? and constraint_type = 'UNIQUE'", Integer.class, key[0], key[1]))
                    .as(key[0]).isEqualTo(1);
        }
    }

    @Test
    void the_explanation_of_doubled_rows_is_in_vietnamese_and_names_them() {
        FailureAnalysis analysis = new DuplicateRecordsFailureAnalyzer().analyze(new RuntimeException(),
                new DuplicateRecords(java.util.List.of("award (1, 2021, Cờ thi đua): 2 rows")));
        assertThat(analysis.getDescription()).contains("bản ghi bị trùng", "không bị thay đổi", "award (1, 2021, Cờ thi đua)");
        assertThat(analysis.getAction()).contains("xóa các dòng thừa");
    }
}
