package vn.dangbo.dashboard.transfer;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.dashboard.base.live.DataChanged;
import vn.dangbo.dashboard.base.live.Topic;

/**
 * Brings the office's sheets in: check first (every problem with sheet, row, column and reason), then import all
 * or nothing in one transaction. Importing the same file again changes nothing.
 */
@Service
public class ImportService {
    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    /** The largest file taken, in bytes (5 MB: a commune's whole data is about 160 KB). */
    public static final int MAX_FILE_BYTES = SpreadsheetReader.MAX_BYTES;
    /** Room in the audit log's line for the values an import replaced (the line holds 4,000 characters). */
    private static final int AUDITED_CHANGES_LENGTH = 3_000;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    /**
     * One import at a time: two clerks confirming the same file at once would otherwise both find its rows new. (The
     * database's unique keys refuse a doubled row in any case, e.g. between two servers; this gives the clear message.)
     */
    private final ReentrantLock running = new ReentrantLock();

    ImportService(JdbcTemplate jdbc, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
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
        ImportWriter dryRun = new ImportWriter(jdbc, true);
        ImportReport wouldDo = new ImportReport(plan.hasProblems() ? Map.of() : dryRun.write(plan),
                List.copyOf(plan.warnings));
        return new ImportPreview(counts, List.copyOf(plan.problems), plan.problemCount, List.copyOf(plan.warnings), wouldDo,
                dryRun.changes(), dryRun.changeCount());
    }

    /**
     * Imports a file, all of it or, when it has any problem, nothing.
     *
     * @throws ImportRefused when it is not a usable spreadsheet
     * @throws ImportRejected listing every problem, when any row is wrong
     * @throws ImportRefused also when another import is running; nothing is imported then
     */
    public ImportReport importFile(byte[] bytes, String fileName) {
        return importFile(bytes, fileName, ImportProgress.NONE);
    }

    /** {@link #importFile(byte[], String)}, telling {@code progress} as the rows are written. */
    public ImportReport importFile(byte[] bytes, String fileName, ImportProgress progress) {
        if (!running.tryLock()) {
            throw new ImportRefused("import.error.running");
        }
        try {
            return transaction.execute(status -> importNow(bytes, fileName, progress));
        } finally {
            running.unlock();
        }
    }

    private ImportReport importNow(byte[] bytes, String fileName, ImportProgress progress) {
        ImportPlan plan = check(SpreadsheetReader.read(bytes, fileName));
        if (plan.hasProblems()) {
            throw new ImportRejected(plan.problems, plan.problemCount);
        }
        ImportReport report;
        ImportWriter writer = new ImportWriter(jdbc);
        try {
            report = new ImportReport(writer.write(plan, progress), List.copyOf(plan.warnings));
        } catch (DataAccessException refusedByTheDatabase) {
            log.warn("Import of {} refused by the database", fileName, refusedByTheDatabase);
            throw new ImportRefused("import.error.database", rootMessage(refusedByTheDatabase));
        }
        if (report.changedAnything()) {
            events.publishEvent(new DataChanged("import", (fileName == null ? "" : fileName) + ": " + summary(report)
                    + changed(writer.changes(), writer.changeCount()), topics(report)));
        }
        return report;
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = String.valueOf(root.getMessage());
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }

    private ImportPlan check(Map<ImportSheet, List<RawRow>> rows) {
        return ImportValidator.check(rows, KnownRecords.in(jdbc));
    }

    /** The values the import replaced, as many as the audit log's line holds, and how many more there were. */
    static String changed(List<RowChange> changes, int count) {
        StringBuilder text = new StringBuilder();
        int shown = 0;
        for (RowChange change : changes) {
            String one = change.sheet() + " " + change.key() + " · " + change.column() + ": " + change.recorded() + " → "
                    + change.inFile() + "; ";
            if (text.length() + one.length() > AUDITED_CHANGES_LENGTH) {
                break;
            }
            text.append(one);
            shown++;
        }
        return shown < count ? text + "… và " + (count - shown) + " giá trị khác" : text.toString();
    }

    /** The topics of the sheets whose data the import changed. */
    private static Set<Topic> topics(ImportReport report) {
        Set<Topic> topics = EnumSet.noneOf(Topic.class);
        report.counts().forEach((sheet, counts) -> {
            if (counts.changedAnything()) {
                topics.add(sheet.topic());
            }
        });
        return topics;
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
