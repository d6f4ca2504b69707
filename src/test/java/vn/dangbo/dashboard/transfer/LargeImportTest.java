package vn.dangbo.dashboard.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A large file in the default suite, at a size that keeps the suite quick: every row of a long file arrives once, and
 * a file of wrong rows lists the first problems and counts the rest. Its full size and its times are
 * {@link ImportBenchmark}'s, run with {@code -Pbenchmark}.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:dangbo-large-import;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class LargeImportTest {
    private static final int ROWS = 20_000;
    @Autowired ImportService imports;
    @Autowired JdbcTemplate jdbc;

    @Test
    void every_row_of_a_twenty_thousand_row_csv_arrives_once() {
        byte[] file = ImportBenchmark.awardsCsv(ROWS);
        long before = count();

        ImportPreview preview = imports.preview(file, "khen-thuong.csv");
        ImportReport report = imports.importFile(file, "khen-thuong.csv");

        assertThat(preview.problems()).isEmpty();
        assertThat(report.added(ImportSheet.AWARDS)).isEqualTo(ROWS);
        assertThat(count() - before).isEqualTo(ROWS);
        assertThat(imports.importFile(file, "khen-thuong.csv").added(ImportSheet.AWARDS))
                .as("the same file again adds nothing").isZero();
    }

    @Test
    void a_file_of_wrong_rows_lists_the_first_problems_and_counts_the_rest() {
        StringBuilder csv = new StringBuilder("\uFEFFNăm,Danh hiệu,Cấp khen\r\n");
        int rows = 0;
        while (csv.length() < 400_000) {
            csv.append("x,,\n");
            rows++;
        }

        ImportPreview preview = imports.preview(csv.toString().getBytes(StandardCharsets.UTF_8), "sai.csv");

        assertThat(preview.importable()).isFalse();
        assertThat(preview.problemCount()).as("three problems a row: year, title, level").isGreaterThanOrEqualTo(3 * (rows - 1));
        assertThat(preview.problems()).hasSize(ImportPlan.PROBLEMS_KEPT);
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from award", Long.class);
    }
}
