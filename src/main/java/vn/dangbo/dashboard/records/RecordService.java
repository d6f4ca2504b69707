package vn.dangbo.dashboard.records;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangbo.dashboard.base.i18n.Message;
import vn.dangbo.dashboard.base.live.DataChanged;
import vn.dangbo.dashboard.base.live.ValueChanges;
import vn.dangbo.dashboard.base.table.Table;
import vn.dangbo.dashboard.recruitment.CandidateStage;
import vn.dangbo.dashboard.transfer.ImportRejected;
import vn.dangbo.dashboard.transfer.ImportSheet;
import vn.dangbo.dashboard.transfer.SheetRecords;

/**
 * Danh mục: the office's forms for every kind of record without a form of its own, one row at a time, through the
 * import's own checks and writes ({@link SheetRecords}), so a form and a sheet can never disagree about what is
 * allowed. A row is held as its texts in the sheet's column order. Saving or deleting a row somebody changed since
 * it was opened is refused.
 */
@Service
public class RecordService {
    /** Members, their ratings and the cells' ratings have forms of their own, with more rules than a sheet's. */
    private static final List<ImportSheet> OWN_FORMS = List.of(ImportSheet.MEMBERS, ImportSheet.MEMBER_RATINGS,
            ImportSheet.CELL_RATINGS);
    private final SheetRecords sheets;
    private final ApplicationEventPublisher events;

    RecordService(SheetRecords sheets, ApplicationEventPublisher events) {
        this.sheets = sheets;
        this.events = events;
    }

    /** The kinds of record kept here, in the order of the template. */
    public List<ImportSheet> kinds() {
        return keptHere();
    }

    public static List<ImportSheet> keptHere() {
        return java.util.Arrays.stream(ImportSheet.values()).filter(s -> !OWN_FORMS.contains(s)).toList();
    }

    /** Every row of a kind, as texts in column order, ordered by key. */
    @Transactional(readOnly = true)
    public List<List<String>> rows(ImportSheet sheet) {
        return sheets.rows(sheet);
    }

    /** Every row of a kind as its import sheet holds it: a download that imports back as it is. */
    @Transactional(readOnly = true)
    public Table table(ImportSheet sheet) {
        return new Table(sheet.title(), sheet.columns(), sheets.values(sheet));
    }

    /** What a reference column may name: each key with a label (a cell's code with its name). */
    @Transactional(readOnly = true)
    public Map<String, String> choices(ImportSheet target) {
        Map<String, String> choices = new LinkedHashMap<>();
        for (List<String> row : rows(target)) {
            choices.put(row.getFirst(), row.size() > 1 && !row.get(1).isEmpty() ? row.get(0) + " · " + row.get(1) : row.get(0));
        }
        return choices;
    }

    /** Whether a row is a candidate awaiting the decision to admit them, so ready to become a member. */
    public boolean awaitingAdmission(ImportSheet sheet, List<String> row) {
        return sheet == ImportSheet.CANDIDATES
                && CandidateStage.AWAITING_DECISION.name().equals(sheet.valueOf("stage", row.get(sheet.fields().indexOf("stage"))));
    }

    /**
     * Adds a row ({@code original} null) or changes one (its key kept).
     *
     * @return warnings, if any (a rule warned about but not enforced)
     * @throws ImportRejected listing every problem by column, when the row breaks a rule
     * @throws RecordConflict when the row changed or went since it was opened, or a new row's key is taken
     */
    @Transactional
    public List<Message> save(ImportSheet sheet, @Nullable List<String> original, List<String> values) {
        List<List<String>> rows = rows(sheet);
        List<String> stored = find(rows, sheet, values);
        if (original == null && stored != null) {
            throw new RecordConflict("records.error.exists", describe(sheet, values));
        }
        if (original != null) {
            if (!key(sheet, original).equals(key(sheet, values))) {
                throw new RecordConflict("records.error.key-fixed", keyHeaders(sheet));
            }
            unchangedSinceOpened(rows, sheet, original);
        }
        List<Message> warnings = sheets.write(sheet, values);
        events.publishEvent(new DataChanged("records", new Message(original == null ? "audit.details.record.added"
                : "audit.details.record.edited", sheet.title(), describe(sheet, values),
                ValueChanges.between(byHeader(sheet, original), byHeader(sheet, values))), sheet.topic()));
        return warnings;
    }

    /**
     * Deletes a row as it was opened.
     *
     * @throws RecordConflict when it changed since, or other records still refer to it
     */
    @Transactional
    public void delete(ImportSheet sheet, List<String> original) {
        unchangedSinceOpened(rows(sheet), sheet, original);
        try {
            sheets.delete(sheet, original);
        } catch (DataIntegrityViolationException stillUsed) {
            throw new RecordConflict("records.error.in-use", describe(sheet, original));
        }
        events.publishEvent(new DataChanged("records", new Message("audit.details.record.deleted", sheet.title(),
                describe(sheet, original)), sheet.topic()));
    }

    private static Map<String, String> byHeader(ImportSheet sheet, @Nullable List<String> values) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; values != null && i < sheet.columns().size() && i < values.size(); i++) {
            fields.put(sheet.columns().get(i), values.get(i));
        }
        return fields;
    }

    private void unchangedSinceOpened(List<List<String>> rows, ImportSheet sheet, List<String> original) {
        if (!Objects.equals(find(rows, sheet, original), original)) {
            throw new RecordConflict("records.error.stale", describe(sheet, original));
        }
    }

    private static @Nullable List<String> find(List<List<String>> rows, ImportSheet sheet, List<String> values) {
        List<String> key = key(sheet, values);
        return rows.stream().filter(row -> key(sheet, row).equals(key)).findFirst().orElse(null);
    }

    /** The texts of the key columns; none for the committee, the one row of its sheet. */
    private static List<String> key(ImportSheet sheet, List<String> values) {
        List<String> key = new ArrayList<>();
        for (int i = 0; i < sheet.fields().size(); i++) {
            if (sheet.isKey(sheet.fields().get(i))) {
                key.add(i < values.size() && values.get(i) != null ? values.get(i).trim() : "");
            }
        }
        return key;
    }

    private static String keyHeaders(ImportSheet sheet) {
        List<String> headers = new ArrayList<>();
        for (int i = 0; i < sheet.fields().size(); i++) {
            if (sheet.isKey(sheet.fields().get(i))) {
                headers.add(sheet.columns().get(i));
            }
        }
        return String.join(", ", headers);
    }

    private static String describe(ImportSheet sheet, List<String> values) {
        List<String> key = key(sheet, values);
        return "\"" + String.join(" · ", key.isEmpty() ? values.subList(0, 1) : key) + "\"";
    }
}
