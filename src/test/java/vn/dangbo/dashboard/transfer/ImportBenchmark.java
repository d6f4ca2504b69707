package vn.dangbo.dashboard.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * How long a large import takes, printed as a benchmark (these machines are shared: figures, not assertions): a CSV
 * of 200,000 award rows (4.6 MB, under the 5 MB limit) previewed and imported into the seed commune, on its own
 * in-memory database. Before every record table had a unique key on its natural key, each row's lookup read the whole
 * table (20,000 awards took 41 s); now the time grows with the rows. What is asserted is that every row arrives, once.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:dangbo-import-benchmark;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
class ImportBenchmark {
    static final int ROWS = Integer.getInteger("dangbo.benchmark.rows", 200_000);
    @Autowired ImportService imports;
    @Autowired JdbcTemplate jdbc;

    /** Awards with short titles ("2020,Khen 000001,UBND": 23 bytes a row), one key each. */
    static byte[] awardsCsv(int rows) {
        StringBuilder csv = new StringBuilder("\uFEFFNăm,Danh hiệu,Cấp khen\r\n");
        for (int i = 0; i < rows; i++) {
            csv.append(1950 + i % 150).append(",Khen ").append(String.format("%06d", i)).append(",UBND\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_five_megabyte_csv_of_two_hundred_thousand_rows_is_imported_whole() {
        byte[] file = awardsCsv(ROWS);
        long before = count();

        long start = System.nanoTime();
        ImportPreview preview = imports.preview(file, "khen-thuong.csv");
        long previewed = System.nanoTime() - start;
        start = System.nanoTime();
        ImportReport report = imports.importFile(file, "khen-thuong.csv");
        long imported = System.nanoTime() - start;

        System.out.printf("BENCHMARK import of %,d rows (%,d KB CSV): preview %.1f s, import %.1f s%n", ROWS,
                file.length / 1024, previewed / 1e9, imported / 1e9);
        assertThat(preview.problems()).isEmpty();
        assertThat(report.added(ImportSheet.AWARDS)).isEqualTo(ROWS);
        assertThat(count() - before).isEqualTo(ROWS);
    }

    /** The heap in use after a collection (a figure, not a measurement to assert on: the JVM holds other tests too). */
    private static long liveHeapMegabytes() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from award", Long.class);
    }

    @Test
    void a_file_of_a_million_wrong_rows_lists_the_first_problems_and_counts_the_rest() {
        StringBuilder csv = new StringBuilder("\uFEFFNăm,Danh hiệu,Cấp khen\r\n");
        while (csv.length() < 4_800_000) {
            csv.append("x,,\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        int rows = (file.length - 40) / 4;
        long heapBefore = liveHeapMegabytes();
        long start = System.nanoTime();

        ImportPreview preview = imports.preview(file, "sai.csv");

        long took = System.nanoTime() - start;
        System.out.printf("BENCHMARK preview of %,d wrong rows (%,d KB): %.1f s; live heap %d MB before, %d MB with the "
                + "preview held%n", preview.rows().get(ImportSheet.AWARDS), file.length / 1024, took / 1e9,
                heapBefore, liveHeapMegabytes());
        assertThat(preview.importable()).isFalse();
        assertThat(preview.problemCount()).isGreaterThanOrEqualTo(3 * (rows - 1));
        assertThat(preview.problems()).hasSize(ImportPlan.PROBLEMS_KEPT);
    }
}
