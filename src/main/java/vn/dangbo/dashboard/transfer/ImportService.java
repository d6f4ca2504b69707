package vn.dangbo.dashboard.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.dashboard.base.db.Databases;
import vn.dangbo.dashboard.base.i18n.Message;
import vn.dangbo.dashboard.base.live.DataChanged;
import vn.dangbo.dashboard.base.live.Topic;
import vn.dangbo.dashboard.organisation.CommitteeDirectory;
import vn.dangbo.dashboard.organisation.CommitteeNode;

/**
 * Brings the office's sheets in: check first (every problem with sheet, row, column and reason), then import all
 * or nothing in one transaction. Importing the same file again changes nothing.
 */
@Service
public class ImportService {
    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    /** The largest file taken, in bytes (5 MB: a commune's whole data is about 160 KB). */
    public static final int MAX_FILE_BYTES = SpreadsheetReader.MAX_BYTES;
    /**
     * The largest .zip of communes' workbooks taken, in bytes (1 GB: a province of 150,000 members packs into some
     * 40 MB); it is kept on disk, and read one workbook at a time.
     */
    public static final long MAX_ARCHIVE_BYTES = 1024L * 1024 * 1024;
    /** The most files a .zip may hold (a province has 100–200 communes). */
    public static final int MAX_ARCHIVE_FILES = 1_000;
    /** Room in the audit log's line for the values an import replaced (the line holds 4,000 characters). */
    private static final int AUDITED_CHANGES_LENGTH = 3_000;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final CommitteeDirectory directory;
    /**
     * One import at a time: two clerks confirming the same file at once would otherwise both find its rows new. (The
     * database's unique keys refuse a doubled row in any case, e.g. between two servers; this gives the clear message.)
     */
    private final ReentrantLock running = new ReentrantLock();
    /** Rows added to a table above which its statistics are refreshed at once (PostgreSQL). */
    private static final int LARGE_IMPORT_ROWS = 1_000;
    private final boolean postgres;

    ImportService(JdbcTemplate jdbc, ApplicationEventPublisher events, PlatformTransactionManager transactions,
                  CommitteeDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.postgres = Databases.isPostgres(jdbc.getDataSource());
    }

    /**
     * Reads and checks a file without changing anything.
     *
     * @throws ImportRefused when it is not a usable spreadsheet
     */
    @Transactional(readOnly = true)
    public ImportPreview preview(byte[] bytes, String fileName) {
        Map<ImportSheet, List<RawRow>> rows = SpreadsheetReader.read(bytes, fileName);
        directory.refresh();
        ImportTarget target = ImportTarget.resolve(rows, directory);
        ImportPlan plan = check(rows, target);
        Map<ImportSheet, Integer> counts = new EnumMap<>(ImportSheet.class);
        rows.forEach((sheet, list) -> counts.put(sheet, list.size()));
        ImportWriter dryRun = new ImportWriter(jdbc, true, target);
        ImportReport wouldDo;
        try {
            wouldDo = new ImportReport(plan.hasProblems() ? Map.of() : dryRun.write(plan), List.copyOf(plan.warnings));
        } catch (RowRefused refused) {
            log.warn("Preview of {} refused by the database", fileName, refused);
            throw refused.toRefusal();
        }
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
    public ImportReport importFile(byte@Nullable []  bytes, String fileName, ImportProgress progress) {
        if (!running.tryLock()) {
            throw new ImportRefused("import.error.running");
        }
        try {
            return transaction.execute(status -> importNow(bytes, fileName, progress));
        } finally {
            running.unlock();
        }
    }

    private ImportReport importNow(byte@Nullable []  bytes, String fileName, ImportProgress progress) {
        Map<ImportSheet, List<RawRow>> rows = SpreadsheetReader.read(bytes, fileName);
        directory.refresh();
        ImportTarget target = ImportTarget.resolve(rows, directory);
        ImportPlan plan = check(rows, target);
        if (plan.hasProblems()) {
            throw new ImportRejected(plan.problems, plan.problemCount);
        }
        ImportReport report;
        ImportWriter writer = new ImportWriter(jdbc, target);
        try {
            report = new ImportReport(writer.write(plan, progress), List.copyOf(plan.warnings));
        } catch (RowRefused refused) {
            log.warn("Import of {} refused by the database", fileName, refused);
            throw refused.toRefusal();
        }
        if (!target.exists()) {
            directory.refresh();
        }
        refreshStatistics(report);
        if (report.changedAnything()) {
            // The file's own committee (never another): what the counts kept per committee count again.
            Long committee = target.exists() ? target.id()
                    : directory.byCode(target.newCode()).map(CommitteeNode::id).orElse(null);
            events.publishEvent(new DataChanged("import", audited(fileName, report, writer.changes(), writer.changeCount()),
                    topics(report), committee));
        }
        return report;
    }

    /** Whether the page's committee has communes under it, whose workbooks it may import in one go. */
    public boolean communesUnderPage() {
        return directory.scopeSpansCommunes();
    }

    /**
     * Imports many communes' workbooks one after the other, each all or nothing into the commune its code names,
     * and tells what became of each; one refused file leaves the others imported.
     */
    public List<FileOutcome> importFiles(List<FileOutcome.Upload> files, FileOutcome.Progress progress) {
        List<FileOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            FileOutcome.Upload file = files.get(i);
            progress.file(i + 1, files.size(), file.name());
            outcomes.add(importOne(file.name(), file.bytes()));
        }
        return outcomes;
    }

    /**
     * Imports the communes' workbooks packed in a .zip (as the province's export writes them), one after the other and
     * each as {@link #importFiles} does: a province's data in one file, while memory holds one commune's workbook at a
     * time. A file inside that is not a workbook, or is larger than {@link #MAX_FILE_BYTES}, is refused alone.
     *
     * @throws ImportRefused when the file is not a readable .zip or holds more than {@link #MAX_ARCHIVE_FILES} files
     */
    public List<FileOutcome> importArchive(Path archive, FileOutcome.Progress progress) {
        try (ZipFile zip = new ZipFile(archive.toFile(), StandardCharsets.UTF_8)) {
            List<? extends ZipEntry> entries = zip.stream().filter(entry -> !entry.isDirectory()).toList();
            if (entries.size() > MAX_ARCHIVE_FILES) {
                throw new ImportRefused("import.error.archive-too-many", String.valueOf(MAX_ARCHIVE_FILES));
            }
            List<FileOutcome> outcomes = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                ZipEntry entry = entries.get(i);
                String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                progress.file(i + 1, entries.size(), name);
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = in.readNBytes(MAX_FILE_BYTES + 1);
                }
                outcomes.add(bytes.length > MAX_FILE_BYTES
                        ? FileOutcome.refused(name, new Message("import.too-large")) : importOne(name, bytes));
            }
            return outcomes;
        } catch (IOException notAZip) {
            throw new ImportRefused("import.error.not-an-archive");
        }
    }

    private FileOutcome importOne(String name, byte[] bytes) {
        try {
            return FileOutcome.imported(name, importFile(bytes, name));
        } catch (ImportRejected | ImportRefused refused) {
            return FileOutcome.refused(name, refused.message());
        }
    }

    /**
     * Checks the rows against what the committee holds. A database that fails to answer the look-ups refuses the file
     * with words saying what to do, never the database's own.
     */
    private ImportPlan check(Map<ImportSheet, List<RawRow>> rows, ImportTarget target) {
        KnownRecords known;
        try {
            known = KnownRecords.in(jdbc, target, rows);
        } catch (DataAccessException failed) {
            log.warn("The records a file refers to could not be read", failed);
            throw new ImportRefused("import.error.database-check", RowRefused.reason(failed));
        }
        ImportPlan plan = ImportValidator.check(rows, known);
        if (!target.exists() && target.newCode() != null && codeLeftOut(rows)) {
            plan.warnings.add(new Message("import.warning.code-from-name", ImportTarget.CODE_HEADER, target.newCode()));
        }
        return plan;
    }

    /** Whether the file's committee row gives no code (an older template, or the cell left blank). */
    private static boolean codeLeftOut(Map<ImportSheet, List<RawRow>> rows) {
        List<RawRow> committee = rows.getOrDefault(ImportSheet.COMMITTEE, List.of());
        return !committee.isEmpty() && committee.getFirst().get(ImportTarget.CODE_HEADER).isEmpty();
    }

    /**
     * What the audit log keeps of an import: the file, the counts per sheet, and the values it changed (as many as
     * fit, and how many more).
     */
    static Message audited(String fileName, ImportReport report, List<RowChange> changes, int count) {
        StringBuilder text = new StringBuilder();
        int shown = 0;
        for (RowChange change : changes) {
            String one = new Message("audit.details.import.change", change.sheet(), change.key(), change.column(),
                    change.recorded(), change.inFile()).vietnamese();
            if (text.length() + one.length() > AUDITED_CHANGES_LENGTH) {
                break;
            }
            text.append(one);
            shown++;
        }
        String name = fileName == null ? "" : fileName;
        return shown < count
                ? new Message("audit.details.import.more", name, summary(report), text.toString(), String.valueOf(count - shown))
                : new Message("audit.details.import", name, summary(report), text.toString());
    }

    /**
     * After a large import, PostgreSQL's statistics of the tables it filled are brought up to date in the same
     * transaction (its own rows count): planned on the statistics of a table that was nearly empty, the next file's
     * look-ups read a commune's 20,000 members row by row (a 200,000-row rating file took a minute to check instead
     * of seconds). Table names come from the sheets' declarations, never from the file.
     */
    private void refreshStatistics(ImportReport report) {
        if (!postgres) {
            return;
        }
        report.counts().forEach((sheet, counts) -> {
            if (report.added(sheet) >= LARGE_IMPORT_ROWS) {
                jdbc.execute("analyze " + sheet.table());
            }
        });
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
                text.append(new Message("audit.details.import.sheet", sheet.title(), String.valueOf(report.added(sheet)),
                        String.valueOf(report.changed(sheet)), String.valueOf(report.unchanged(sheet))).vietnamese());
            }
        }
        return text.toString();
    }
}
