package vn.dangbo.dashboard.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.communication.UidlWriter;
import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import vn.dangbo.dashboard.UiTest;

/**
 * The province-sized benchmark (not part of the suite: {@code scripts/benchmark.sh}). A deterministic province of 150
 * communes, about 6,000 cells and 150,000 members with five years of ratings and monthly meetings is generated once
 * into the benchmark's database (PostgreSQL when {@code SPRING_DATASOURCE_URL} names one, otherwise an H2 file under
 * {@code target/benchmark/}); then each view is opened in a fresh session, five times, and the medians printed: the
 * server's time to build the page, the time of that spent in the database (statements run and rows read), the SQL
 * statements, connections and transactions it took, the bytes of the page's first answer (Vaadin's UIDL,
 * uncompressed), and the raw time of the view's main aggregate alone in plain SQL with its query plan; then the heap
 * one open session holds.
 */
@SpringBootTest(properties = {"dangbo.demo-data.province=true", "dangbo.demo-data.province-size=benchmark",
        "dangbo.demo-data.embedded-only=false", "spring.jpa.properties.hibernate.generate_statistics=true"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = ProvinceBenchmark.OwnDatabase.class)
@Import(StatementCounter.Counting.class)
class ProvinceBenchmark extends UiTest {
    private static final int RUNS = 5;
    private static final int YEAR = 2025;
    private static final int SESSIONS = 10;
    /** A page that reads nothing, to stand on before opening the overview. */
    private static final String ELSEWHERE = "change-password";

    @Autowired JdbcTemplate jdbc;
    @Autowired vn.dangbo.dashboard.statistics.StatisticsService statistics;
    @Autowired EntityManagerFactory entityManagerFactory;

    /** A view, who opens it, under which committee's address, and its main aggregate in plain SQL. */
    private record View(String name, String user, String committee, String address, String aggregate, Object... parameters) {
    }

    @Test
    void every_view_at_province_scale_is_timed_counted_and_weighed() {
        long commune = id("select id from party_committee where code = 'mau-01'");
        long cell = id("select min(id) from cell where committee_id = " + commune);
        String cellCode = jdbc.queryForObject("select code from cell where id = ?", String.class, cell);
        // For the browser part of scripts/benchmark.sh, which opens the same cell.
        System.out.println("BENCHMARK first cell of mau-01: " + cellCode);
        String membersOfCommune = " from member_rating r join member m on m.id = r.member_id join cell c on c.id = m.cell_id ";
        List<View> views = List.of(
                new View("province", "bantochuc.tinh", "tinh-mau", "communes?year=" + YEAR,
                        "select c.committee_id, r.level, count(*)" + membersOfCommune
                                + "where r.rating_year = ? group by c.committee_id, r.level", YEAR),
                new View("commune overview", "danguy.mau01", "mau-01", "",
                        "select r.level, count(*)" + membersOfCommune + "where c.committee_id = ? and r.rating_year = ? "
                                + "group by r.level", commune, YEAR),
                new View("cells", "danguy.mau01", "mau-01", "cells?year=" + YEAR,
                        "select c.id, r.level, count(*)" + membersOfCommune + "where c.committee_id = ? and r.rating_year = ? "
                                + "group by c.id, r.level", commune, YEAR),
                new View("one cell", "danguy.mau01", "mau-01", "cells/" + cellCode + "?year=" + YEAR,
                        "select r.rating_year, r.level, count(*) from member_rating r join member m on m.id = r.member_id "
                                + "where m.cell_id = ? group by r.rating_year, r.level", cell),
                new View("ratings members list", "danguy.mau01", "mau-01", "ratings/members?year=" + YEAR + "&level=GOOD",
                        "select m.code, m.full_name, c.name" + membersOfCommune + "where c.committee_id = ? "
                                + "and r.rating_year = ? and r.level = 'GOOD' order by m.full_name", commune, YEAR),
                new View("slide (ratings)", "danguy.mau01", "mau-01", "present/5",
                        "select r.level, count(*)" + membersOfCommune + "where c.committee_id = ? and r.rating_year = ? "
                                + "group by r.level", commune, YEAR),
                new View("overview of the whole province", "bantochuc.tinh", "tinh-mau", "",
                        "select r.level, count(*)" + membersOfCommune + "where r.rating_year = ? group by r.level", YEAR),
                new View("ratings of the whole province", "bantochuc.tinh", "tinh-mau", "ratings?year=" + YEAR,
                        "select r.level, count(*)" + membersOfCommune + "where r.rating_year = ? group by r.level", YEAR),
                new View("recruitment of the whole province", "bantochuc.tinh", "tinh-mau", "recruitment",
                        "select c.id, count(*) from member m join cell c on c.id = m.cell_id "
                                + "where m.admission_date >= date '2025-01-01' group by c.id"),
                new View("cells of the whole province", "bantochuc.tinh", "tinh-mau", "cells?year=" + YEAR,
                        "select c.id, r.level, count(*)" + membersOfCommune + "where r.rating_year = ? "
                                + "group by c.id, r.level", YEAR),
                new View("members list of the whole province", "bantochuc.tinh", "tinh-mau",
                        "ratings/members?year=" + YEAR + "&level=GOOD",
                        "select m.code, m.full_name, c.name" + membersOfCommune + "where r.rating_year = ? "
                                + "and r.level = 'GOOD' order by m.full_name", YEAR),
                new View("a commune's term report", "danguy.mau01", "mau-01", "report",
                        "select r.level, count(*)" + membersOfCommune + "where c.committee_id = ? and r.rating_year = ? "
                                + "group by r.level", commune, YEAR),
                new View("the province's term report", "bantochuc.tinh", "tinh-mau", "report",
                        "select r.level, count(*)" + membersOfCommune + "where r.rating_year = ? group by r.level", YEAR));
        System.out.printf("BENCHMARK province: %s; %,d communes, %,d cells, %,d members, %,d member ratings, %,d meetings; "
                        + "%d cores, max heap %,d MB%n", database(),
                count("party_committee where org_level = 'COMMUNE' and merged_into_id is null"),
                count("cell"), count("member"), count("member_rating"), count("cell_meeting"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("BENCHMARK | view | server ms (median of 5) | in SQL ms | server / SQL | statements "
                + "| connections | transactions | first answer KB | main aggregate alone, ms |");
        // -Ddangbo.benchmark.views=<part of a view's name>: only those views (to read one view's statements in the log).
        String only = System.getProperty("dangbo.benchmark.views", "");
        for (View view : views) {
            if (view.name().contains(only)) {
                measure(view);
            }
        }
        for (View view : views) {
            System.out.println("BENCHMARK plan of " + view.name() + ": " + plan(view));
        }
        System.out.printf("BENCHMARK heap per open session (cells view of a commune, %d sessions): %,d KB%n", SESSIONS,
                heapPerSession(views.get(2)));
    }

    private void measure(View view) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        open(view);
        List<Long> nanos = new ArrayList<>();
        List<Long> databaseNanos = new ArrayList<>();
        long statements = 0;
        long connections = 0;
        long transactions = 0;
        int bytes = 0;
        for (int run = 0; run < RUNS; run++) {
            signInAs(view.user(), view.committee());
            if (view.address().isEmpty()) {
                // A new session opens the overview; leave it, so that opening it is measured.
                open(ELSEWHERE);
            }
            StatementCounter.reset();
            statistics.clear();
            long start = System.nanoTime();
            open(view.address());
            nanos.add(System.nanoTime() - start);
            databaseNanos.add(StatementCounter.DATABASE_NANOS.get());
            statements = StatementCounter.STATEMENTS.get();
            connections = StatementCounter.CONNECTIONS.get();
            transactions = statistics.getTransactionCount();
            byte[] uidl = new UidlWriter().createUidl(UI.getCurrent(), false, false).toString().getBytes(StandardCharsets.UTF_8);
            bytes = uidl.length;
            keep(view, uidl);
        }
        double server = median(nanos) / 1e6;
        double database = median(databaseNanos) / 1e6;
        double raw = rawMillis(view);
        System.out.printf("BENCHMARK | %s | %.0f | %.0f | %.1f× | %d | %d | %d | %.0f | %.1f |%n", view.name(), server,
                database, server / Math.max(database, 0.1), statements, connections, transactions, bytes / 1024.0, raw);
        assertThat(shownView()).as(view.name()).isNotEqualTo("CommitteeRefusedView");
    }

    /** The page's first answer, kept for a look at what it carries (target/benchmark/uidl-<view>.json). */
    private static void keep(View view, byte[] uidl) {
        try {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "benchmark"));
            java.nio.file.Files.write(java.nio.file.Path.of("target", "benchmark",
                    "uidl-" + view.name().replaceAll("[^a-z]+", "-") + ".json"), uidl);
        } catch (java.io.IOException notKept) {
            throw new java.io.UncheckedIOException(notKept);
        }
    }

    private void open(View view) {
        signInAs(view.user(), view.committee());
        open(view.address());
    }

    private double rawMillis(View view) {
        List<Long> nanos = new ArrayList<>();
        jdbc.queryForList(view.aggregate(), view.parameters());
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            jdbc.queryForList(view.aggregate(), view.parameters());
            nanos.add(System.nanoTime() - start);
        }
        return median(nanos) / 1e6;
    }

    private String plan(View view) {
        return String.join(" / ", jdbc.queryForList("explain " + view.aggregate(), String.class, view.parameters()).stream()
                .flatMap(String::lines).map(String::strip).filter(line -> !line.isEmpty()).toList());
    }

    private long heapPerSession(View view) {
        List<UI> open = new ArrayList<>();
        long before = usedHeap();
        for (int i = 0; i < SESSIONS; i++) {
            open(view);
            open.add(UI.getCurrent());
        }
        long after = usedHeap();
        assertThat(open).hasSize(SESSIONS);
        return (after - before) / SESSIONS / 1024;
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /**
     * The year-end statistical forms, every form with last year's column and the identities: for the province's
     * largest commune and for the whole province, five runs each, median and slowest printed (goal: 1 s and 3 s).
     */
    @Test
    void the_statistical_forms_are_timed_for_the_largest_commune_and_the_province() {
        long province = id("select id from party_committee where code = 'tinh-mau'");
        long largest = id("""
                select c.committee_id from member m join cell c on c.id = m.cell_id where m.left_date is null
                group by c.committee_id order by count(*) desc fetch first 1 rows only""");
        long members = jdbc.queryForObject("select count(*) from member m join cell c on c.id = m.cell_id"
                + " where m.left_date is null and c.committee_id = ?", Long.class, largest);
        for (var scope : List.of(java.util.Map.entry("largest commune (" + members + " members)", largest),
                java.util.Map.entry("province (" + count("member") + " member records)", province))) {
            List<Long> times = new java.util.ArrayList<>();
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                vn.dangbo.dashboard.organisation.CommitteeScope.run(scope.getValue(), () -> statistics.fillAll(YEAR));
                times.add((System.nanoTime() - start) / 1_000_000);
            }
            System.out.printf("BENCHMARK statistics, all forms of %d with last year's column, %s on %s: median %.0f ms,"
                            + " slowest %d ms (load %s)%n", YEAR, scope.getKey(), database(), median(times),
                    times.stream().mapToLong(Long::longValue).max().orElse(0), loadAverage());
        }
    }

    private static String loadAverage() {
        try {
            return String.join(" ", java.util.Arrays.copyOf(java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .split(" "), 3));
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private long id(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private String database() {
        return jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName() + " "
                + c.getMetaData().getDatabaseProductVersion());
    }

    /** PostgreSQL as the script names it, otherwise an H2 file kept between runs (generated once). */
    /**
     * The benchmark's database; with {@code -Ddangbo.benchmark.commune-alone=true}, one holding the province's first
     * commune alone (the same draws write the same mau-01), to time each commune view against the same view at
     * province scale.
     */
    static class OwnDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            boolean alone = Boolean.getBoolean("dangbo.benchmark.commune-alone");
            Map<String, Object> own = new java.util.HashMap<>();
            if (alone) {
                own.put("dangbo.demo-data.province-size", "benchmark-commune");
            }
            String url = context.getEnvironment().getProperty("spring.datasource.url", "");
            if (!url.startsWith("jdbc:postgresql:")) {
                own.put("spring.datasource.url", "jdbc:h2:file:./target/benchmark/" + (alone ? "commune" : "province")
                        + ";WRITE_DELAY=0");
            }
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("benchmark-database", own));
        }
    }
}
