package vn.dangbo.dashboard.transfer;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.dashboard.base.live.DataChanged;

/**
 * Brings the office's sheets in: check first (every problem with sheet, row, column and reason), then import all
 * or nothing in one transaction. Importing the same file again changes nothing.
 */
@Service
public class ImportService {
    /** The largest file taken, in bytes (5 MB: a commune's whole data is about 160 KB). */
    public static final int MAX_FILE_BYTES = SpreadsheetReader.MAX_BYTES;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    ImportService(JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Reads and checks a file without changing anything.
     *
     * @throws ImportRefused when it is not a usable spreadsheet
     */
    @Transactional(readOnly = true)
    public ImportPreview preview(byte[] bytes, String fileName) {
        Map<ImportSheet, List<RawRow>> rows = SpreadsheetReader.read(bytes, fileName);
        ImportPlan plan = check(rows);
        Map<ImportSheet, Integer> counts = new EnumMap<>(ImportSheet.class);
        rows.forEach((sheet, list) -> counts.put(sheet, list.size()));
        return new ImportPreview(counts, List.copyOf(plan.problems), List.copyOf(plan.warnings));
    }

    /**
     * Imports a file, all of it or, when it has any problem, nothing.
     *
     * @throws ImportRefused when it is not a usable spreadsheet
     * @throws ImportRejected listing every problem, when any row is wrong
     */
    @Transactional
    public ImportReport importFile(byte[] bytes, String fileName) {
        ImportPlan plan = check(SpreadsheetReader.read(bytes, fileName));
        if (!plan.problems.isEmpty()) {
            throw new ImportRejected(plan.problems);
        }
        ImportReport report = new ImportReport(new ImportWriter(jdbc).write(plan), List.copyOf(plan.warnings));
        if (report.changedAnything()) {
            events.publishEvent(new DataChanged("import", (fileName == null ? "" : fileName) + ": " + summary(report)));
        }
        return report;
    }

    private ImportPlan check(Map<ImportSheet, List<RawRow>> rows) {
        return ImportValidator.check(rows, KnownRecords.in(jdbc));
    }

    static String summary(ImportReport report) {
        StringBuilder text = new StringBuilder();
        for (ImportSheet sheet : ImportSheet.values()) {
            if (report.counts().containsKey(sheet)) {
                text.append(sheet.title()).append(": thêm ").append(report.added(sheet)).append(", sửa ")
                        .append(report.changed(sheet)).append(", giữ nguyên ").append(report.unchanged(sheet)).append("; ");
            }
        }
        return text.toString();
    }
}
