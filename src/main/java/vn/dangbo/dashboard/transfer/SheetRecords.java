package vn.dangbo.dashboard.transfer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.dashboard.base.i18n.Message;
import vn.dangbo.dashboard.organisation.CommitteeDirectory;

/**
 * A sheet's rows one at a time, through the very checks and writes of an imported file, so that a form and a sheet
 * can never disagree about what is allowed. A row is its texts in the sheet's column order, as a cell of the sheet
 * would hold them.
 */
@Service
public class SheetRecords {
    private final JdbcTemplate jdbc;
    private final DataExport export;
    private final CommitteeDirectory directory;

    SheetRecords(JdbcTemplate jdbc, DataExport export, CommitteeDirectory directory) {
        this.jdbc = jdbc;
        this.export = export;
        this.directory = directory;
    }

    /** Every row of a sheet as its texts, ordered by key. */
    @Transactional(readOnly = true)
    public List<List<String>> rows(ImportSheet sheet) {
        return export.rows(sheet).stream().map(row -> row.stream().map(DataExport::text).toList()).toList();
    }

    /** Every row of a sheet as the sheet holds it: a download that imports back as it is. */
    @Transactional(readOnly = true)
    public List<List<Object>> values(ImportSheet sheet) {
        return export.rows(sheet);
    }

    /**
     * Adds the row, or changes the one with its key, as importing it would.
     *
     * @return the warnings given (a rule warned about but not enforced)
     * @throws ImportRejected listing every problem by field, when the row breaks a rule; nothing is written then
     */
    @Transactional
    public List<Message> write(ImportSheet sheet, List<String> texts) {
        ImportPlan plan = plan(sheet, texts);
        new ImportWriter(jdbc, ImportTarget.page(directory)).write(plan);
        return List.copyOf(plan.warnings);
    }

    /**
     * Deletes the row with this row's key.
     *
     * @throws org.springframework.dao.DataIntegrityViolationException when other rows still refer to it
     */
    @Transactional
    public void delete(ImportSheet sheet, List<String> texts) {
        new ImportWriter(jdbc, ImportTarget.page(directory)).delete(plan(sheet, texts).rows(sheet).getFirst());
    }

    private ImportPlan plan(ImportSheet sheet, List<String> texts) {
        Map<String, String> byHeader = new HashMap<>();
        for (int i = 0; i < sheet.columns().size(); i++) {
            byHeader.put(sheet.columns().get(i), i < texts.size() && texts.get(i) != null ? texts.get(i) : "");
        }
        Map<ImportSheet, List<RawRow>> rows = Map.of(sheet, List.of(new RawRow(sheet, 1, byHeader)));
        ImportPlan plan = ImportValidator.check(rows, KnownRecords.in(jdbc, ImportTarget.page(directory), rows));
        if (plan.hasProblems()) {
            throw new ImportRejected(plan.problems, plan.problemCount);
        }
        return plan;
    }
}
