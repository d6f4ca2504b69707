package vn.dangbo.dashboard.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import vn.dangbo.dashboard.base.table.Table;
import vn.dangbo.dashboard.base.table.TableFiles;
import vn.dangbo.dashboard.transfer.ImportPreview;
import vn.dangbo.dashboard.transfer.ImportReport;
import vn.dangbo.dashboard.transfer.ImportService;
import vn.dangbo.dashboard.transfer.ImportSheet;

/**
 * Imports that hold for a big commune (not part of the suite: {@code scripts/import-benchmark.sh}): into an empty
 * database, a commune of 20,000 members in 100 cells, then a CSV of 200,000 ratings (ten years of each member) and a
 * one-row award file, each checked (the preview) and imported through the web import's service; the times printed.
 * A check once read the whole commune in a sub-query that H2 could not hold at -Xmx512m.
 */
@SpringBootTest(properties = {"dangbo.demo-data.enabled=false", "dangbo.demo-data.embedded-only=false"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = BigCommuneImportBenchmark.OwnDatabase.class)
class BigCommuneImportBenchmark {
    private static final int CELLS = 100;
    private static final int MEMBERS = 20_000;
    private static final int FIRST_YEAR = 2015;
    private static final int YEARS = 10;

    @Autowired ImportService imports;
    @Autowired JdbcTemplate jdbc;

    /** The benchmark's own database: PostgreSQL when SPRING_DATASOURCE_URL names one, else an in-memory H2. */
    static class OwnDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String url = context.getEnvironment().getProperty("spring.datasource.url", "");
            String own = url.startsWith("jdbc:postgresql:") ? url : "jdbc:h2:mem:dangbo-import-benchmark;DB_CLOSE_DELAY=-1";
            context.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("benchmark-database", Map.of("spring.datasource.url", own)));
        }
    }

    private static String member(int n) {
        return String.format("DV%05d", n);
    }

    private static byte[] commune() {
        List<List<Object>> cells = new ArrayList<>();
        for (int c = 1; c <= CELLS; c++) {
            cells.add(List.of(String.format("CB%03d", c), "Chi bộ xóm " + c, "Xóm"));
        }
        List<List<Object>> members = new ArrayList<>();
        for (int m = 1; m <= MEMBERS; m++) {
            members.add(List.of(member(m), "Đảng viên " + m, m % 2 == 0 ? "Nam" : "Nữ", (long) (1950 + m % 40),
                    String.format("CB%03d", 1 + m % CELLS), "Chính thức", "01/03/2005"));
        }
        return TableFiles.xlsx(List.of(
                new Table("Đảng bộ", List.of("Tên Đảng bộ", "Mã đảng bộ"), List.of(List.of("Đảng bộ xã Lớn", "xa-lon"))),
                new Table("Chi bộ", List.of("Mã chi bộ", "Tên chi bộ", "Loại"), cells),
                new Table("Đảng viên", ImportSheet.MEMBERS.neededColumns(), members)));
    }

    private static byte[] ratings() {
        StringBuilder csv = new StringBuilder("Mã đảng viên,Năm,Mức\r\n");
        for (int m = 1; m <= MEMBERS; m++) {
            for (int y = 0; y < YEARS; y++) {
                csv.append(member(m)).append(',').append(FIRST_YEAR + y).append(',').append(m % 10 == 0 ? "HTXS" : "HTT")
                        .append("\r\n");
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private record Timed(long previewMs, long importMs, ImportPreview preview, ImportReport report) {
    }

    private Timed timed(byte[] file, String name) {
        long start = System.nanoTime();
        ImportPreview preview = imports.preview(file, name);
        long previewed = System.nanoTime() - start;
        start = System.nanoTime();
        ImportReport report = imports.importFile(file, name);
        return new Timed(previewed / 1_000_000, (System.nanoTime() - start) / 1_000_000, preview, report);
    }

    @Test
    void a_commune_of_twenty_thousand_members_takes_two_hundred_thousand_ratings_and_a_one_row_award() {
        String database = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        Runtime runtime = Runtime.getRuntime();
        Timed commune = timed(commune(), "xa-lon.xlsx");
        assertThat(commune.report().added(ImportSheet.MEMBERS)).isEqualTo(MEMBERS);
        byte[] ratings = ratings();
        Timed rated = timed(ratings, "xep-loai.csv");
        assertThat(rated.preview().problems()).isEmpty();
        assertThat(rated.report().added(ImportSheet.MEMBER_RATINGS)).isEqualTo(MEMBERS * YEARS);
        Timed award = timed("Năm,Danh hiệu,Cấp khen\r\n2025,Bằng khen,UBND tỉnh\r\n".getBytes(StandardCharsets.UTF_8),
                "khen-thuong.csv");
        assertThat(award.report().added(ImportSheet.AWARDS)).isEqualTo(1);
        Timed again = timed(ratings, "xep-loai.csv");
        assertThat(again.report().changedAnything()).isFalse();

        System.out.printf("BENCHMARK import into a big commune, %s, heap limit %d MB:%n", database,
                runtime.maxMemory() >> 20);
        System.out.printf("BENCHMARK | %-44s | %8s | %8s |%n", "file", "check", "import");
        System.out.printf("BENCHMARK | %-44s | %6d ms | %6d ms |%n", "commune: 100 cells, 20,000 members (.xlsx)",
                commune.previewMs(), commune.importMs());
        System.out.printf("BENCHMARK | %-44s | %6d ms | %6d ms |%n", String.format("ratings: 200,000 rows (.csv, %,d KB)",
                ratings.length / 1024), rated.previewMs(), rated.importMs());
        System.out.printf("BENCHMARK | %-44s | %6d ms | %6d ms |%n", "award: one row (.csv)", award.previewMs(),
                award.importMs());
        System.out.printf("BENCHMARK | %-44s | %6d ms | %6d ms |%n", "ratings again (nothing changes)", again.previewMs(),
                again.importMs());
    }
}
