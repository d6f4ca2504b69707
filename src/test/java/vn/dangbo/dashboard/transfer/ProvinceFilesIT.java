package vn.dangbo.dashboard.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;
import vn.dangbo.dashboard.CountedAfresh;
import vn.dangbo.dashboard.organisation.CommitteeDirectory;
import vn.dangbo.dashboard.organisation.CommitteeScope;

/**
 * A province's whole data out and back in, with the heap capped at 1 GB (this test runs alone in Maven's
 * integration-test phase, {@code -Xmx1g}): the benchmark's generated province (150 communes, about 6,000 cells and
 * 150,000 members, five years of ratings and monthly meetings) is exported as the province's .zip of commune
 * workbooks, its records are deleted, and the .zip is imported back as one file; every record returns. Times, sizes
 * and the heap's peak are printed (BENCHMARK …), not asserted.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:file:./target/province-files/db;WRITE_DELAY=0;RETENTION_TIME=0",
        "dangbo.demo-data.province=true", "dangbo.demo-data.province-size=benchmark"})
@ActiveProfiles("test")
class ProvinceFilesIT {
    private static final long ONE_GIGABYTE = 1024L * 1024 * 1024;
    /** What the province's members and cells hold, table by table, and how to find the province's rows in each. */
    private static final Map<String, String> RECORDS = new LinkedHashMap<>();

    static {
        FileSystemUtils.deleteRecursively(Path.of("target", "province-files").toFile());
        String provinceCells = "select c.id from cell c join party_committee k on k.id = c.committee_id where k.code like 'mau-%'";
        String provinceMembers = "select m.id from member m where m.cell_id in (" + provinceCells + ")";
        RECORDS.put("member_rating", "member_id in (" + provinceMembers + ")");
        RECORDS.put("party_card", "member_id in (" + provinceMembers + ")");
        RECORDS.put("member", "cell_id in (" + provinceCells + ")");
        RECORDS.put("cell_rating", "cell_id in (" + provinceCells + ")");
        RECORDS.put("cell_meeting", "cell_id in (" + provinceCells + ")");
        RECORDS.put("candidate", "cell_id in (" + provinceCells + ")");
    }

    @Autowired DataExport export;
    @Autowired ImportService imports;
    @Autowired CommitteeDirectory directory;
    @Autowired JdbcTemplate jdbc;

    @Test
    void a_whole_provinces_export_imports_back_as_one_file_within_one_gigabyte_of_heap() throws Exception {
        assertThat(Runtime.getRuntime().maxMemory()).as("the heap is capped at 1 GB").isLessThanOrEqualTo(ONE_GIGABYTE);
        long province = directory.byCode("tinh-mau").orElseThrow().id();
        Map<String, Long> before = counts();
        assertThat(before.get("member")).isGreaterThan(140_000);
        Path zip = Files.createTempFile("tinh-mau", ".zip");

        resetPeaks();
        long start = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(zip); CommitteeScope.Entered ignored = CommitteeScope.enter(province)) {
            export.writeCommuneWorkbooks(out, (number, of, name) -> { });
        }
        System.out.printf("BENCHMARK province export: %,d communes' workbooks, %,d KB .zip in %.0f s; heap peak %,d MB "
                + "of %,d MB%n", directory.communesIn(province).size(), Files.size(zip) / 1024,
                (System.nanoTime() - start) / 1e9, peakMegabytes(), Runtime.getRuntime().maxMemory() >> 20);

        deleteTheProvincesRecords();
        assertThat(counts().get("member")).isZero();

        resetPeaks();
        start = System.nanoTime();
        List<FileOutcome> outcomes = CommitteeScope.call(province, () -> imports.importArchive(zip, (number, of, name) -> { }));
        System.out.printf("BENCHMARK province import of that .zip: %.0f s; heap peak %,d MB%n",
                (System.nanoTime() - start) / 1e9, peakMegabytes());

        assertThat(outcomes).hasSize(directory.communesIn(province).size());
        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.refusal()).as(outcome.fileName()).isNull());
        assertThat(counts()).isEqualTo(before);
        for (CountedAfresh.Counts counts : List.of(CountedAfresh.RATINGS, CountedAfresh.MEETINGS, CountedAfresh.MEMBERS)) {
            counts.assertCountedAfresh(jdbc, "the communes' imports");
        }
        Files.delete(zip);
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        RECORDS.forEach((table, own) -> counts.put(table,
                jdbc.queryForObject("select count(*) from " + table + " where " + own, Long.class)));
        return counts;
    }

    private void deleteTheProvincesRecords() {
        RECORDS.forEach((table, own) -> jdbc.update("delete from " + table + " where " + own));
    }

    private static void resetPeaks() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakMegabytes() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() >> 20;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    }
}
