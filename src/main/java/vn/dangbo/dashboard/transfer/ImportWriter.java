package vn.dangbo.dashboard.transfer;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.dangbo.dashboard.organisation.CommitteeColumns;
import vn.dangbo.dashboard.organisation.CommitteeScope;
import vn.dangbo.dashboard.transfer.ColumnType.Reference;
import vn.dangbo.dashboard.transfer.ImportPlan.PlannedRow;

/**
 * Writes a checked plan sheet by sheet, each row by its natural key: a row not yet recorded is added, one recorded
 * differently is changed, one already as in the file is left alone; so importing the same file twice changes
 * nothing the second time.
 */
final class ImportWriter {
    private final JdbcClient jdbc;
    /** The same connection for the committee columns' own statements ({@link CommitteeColumns}). */
    private final JdbcTemplate template;
    private final Map<ImportSheet, SheetCounts> counts = new EnumMap<>(ImportSheet.class);
    private final Map<ImportSheet, Map<Object, Long>> ids = new EnumMap<>(ImportSheet.class);
    /** The committees of the rows new rows hang on, by table and id. */
    private final Map<String, Long> parentCommittees = new HashMap<>();
    private final boolean dryRun;
    /** The values changed that are kept to be shown (the first few hundred); {@link #changeCount} counts them all. */
    static final int CHANGES_KEPT = 500;
    static final int PROGRESS_EVERY = 2_000;
    private final List<RowChange> changes = new ArrayList<>();
    private int changeCount;
    private long placeholderIds;
    private final ImportTarget target;
    private @Nullable Long committeeId;

    ImportWriter(JdbcTemplate jdbc, ImportTarget target) {
        this(jdbc, false, target);
    }

    /**
     * @param dryRun count what a write would do without writing (rows new in the file get placeholder ids)
     * @param target the committee written into: every row found, changed or referred to is its own
     */
    ImportWriter(JdbcTemplate jdbc, boolean dryRun, ImportTarget target) {
        this.jdbc = JdbcClient.create(jdbc);
        this.template = jdbc;
        this.dryRun = dryRun;
        this.target = target;
        this.committeeId = target.id();
    }

    Map<ImportSheet, SheetCounts> write(ImportPlan plan) {
        return write(plan, ImportProgress.NONE);
    }

    /** Writes every planned row, telling {@code progress} every {@value #PROGRESS_EVERY} rows and at the end. */
    Map<ImportSheet, SheetCounts> write(ImportPlan plan, ImportProgress progress) {
        int total = plan.rows.values().stream().mapToInt(List::size).sum();
        int written = 0;
        for (ImportSheet sheet : ImportSheet.values()) {
            for (PlannedRow row : plan.rows(sheet)) {
                try {
                    write(row);
                } catch (DataAccessException refused) {
                    throw new RowRefused(sheet, row.row(), refused);
                }
                if (++written % PROGRESS_EVERY == 0) {
                    progress.written(written, total);
                }
            }
        }
        progress.written(total, total);
        return counts;
    }

    /**
     * A row's place in its table: its values by column, in the sheet's order; its key by column (with the committee,
     * for the committee's own records); and the condition that finds it.
     */
    private record Located(Map<String, @Nullable Object> values, Map<String, @Nullable Object> key, RowSql.Where where) {
    }

    private Located locate(PlannedRow row) {
        return locate(row, false);
    }

    /**
     * @param asNew for a row to insert: an optional column the file does not have gets its blank value (a default);
     *              otherwise it is left out, and what is recorded there stays
     */
    private Located locate(PlannedRow row, boolean asNew) {
        ImportSheet sheet = row.sheet();
        Map<String, @Nullable Object> key = new LinkedHashMap<>();
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        for (int i = 0; i < sheet.sheetColumns().size(); i++) {
            SheetColumn column = sheet.sheetColumns().get(i);
            if (row.absent(i) && !asNew || keptCode(sheet, column, row.absent(i) ? null : row.values().get(i))) {
                continue;
            }
            Object value = stored(column, row.absent(i) ? column.blankValue() : row.values().get(i));
            (column.isKey() ? key : values).put(column.dbColumn(), value);
        }
        if (sheet.scope() == ImportSheet.Scope.COMMITTEE) {
            key.put("committee_id", committeeId());
        }
        if (sheet.scope() == ImportSheet.Scope.SINGLE && asNew && !target.exists()) {
            values.putIfAbsent("code", target.newCode());
            values.put("parent_id", target.newParent());
        }
        return new Located(values, key, where(sheet, key));
    }

    /**
     * A committee's code left blank, or a column an older template lacks, keeps the one recorded (a new committee's is
     * made from its name).
     */
    private static boolean keptCode(ImportSheet sheet, SheetColumn column, @Nullable Object value) {
        return sheet == ImportSheet.COMMITTEE && column.dbColumn().equals("code") && value == null;
    }

    private void write(PlannedRow row) {
        ImportSheet sheet = row.sheet();
        Located at = locate(row);
        List<String> columns = List.copyOf(at.values().keySet());
        List<@Nullable Object> values = new ArrayList<>(at.values().values());
        List<List<@Nullable Object>> existing = jdbc.sql(RowSql.select(sheet.table(), columns, at.where()))
                .params(at.where().parameters()).query((rs, n) -> {
                    List<@Nullable Object> stored = new ArrayList<>();
                    for (int c = 1; c <= columns.size(); c++) {
                        stored.add(rs.getObject(c));
                    }
                    return stored;
                }).list();
        if (existing.isEmpty()) {
            Located fresh = locate(row, true);
            Map<String, @Nullable Object> inserted = new LinkedHashMap<>(fresh.values());
            inserted.putAll(fresh.key());
            String parent = CommitteeColumns.parentColumn(sheet.table());
            if (parent != null) {
                inserted.put("committee_id", committeeOfParent(sheet.table(), inserted.get(parent)));
            }
            writeUnlessDry(RowSql.insert(sheet.table(), inserted.keySet()), inserted);
            count(sheet, SheetCounts.Outcome.ADDED);
        } else if (differing(existing.getFirst(), values) == 0) {
            count(sheet, SheetCounts.Outcome.UNCHANGED);
        } else {
            remember(row, at, existing.getFirst(), values);
            Map<String, @Nullable Object> parameters = new HashMap<>(at.values());
            parameters.putAll(at.where().parameters());
            writeUnlessDry(RowSql.update(sheet.table(), columns, sheet.scope() == ImportSheet.Scope.VERSIONED, at.where()),
                    parameters);
            String parent = CommitteeColumns.parentColumn(sheet.table());
            if (!dryRun && parent != null && columns.contains(parent)) {
                followMoves(sheet, at);
            }
            count(sheet, SheetCounts.Outcome.CHANGED);
        }
    }

    /** The values an import would change in this row, as the sheet writes them. */
    private List<RowChange> differences(PlannedRow row, Located at) {
        List<SheetColumn> columns = row.sheet().sheetColumns();
        List<SheetColumn> shown = java.util.stream.IntStream.range(0, columns.size())
                .filter(i -> !columns.get(i).isKey() && !row.absent(i)
                        && !keptCode(row.sheet(), columns.get(i), row.values().get(i)))
                .mapToObj(columns::get).toList();
        List<@Nullable Object> recorded = jdbc.sql("select " + String.join(", ", shown.stream().map(DataExport::expression)
                .toList()) + " from " + row.sheet().table() + " t where " + at.where().sql())
                .params(at.where().parameters()).query((rs, n) -> {
                    List<@Nullable Object> values = new ArrayList<>();
                    for (int c = 0; c < shown.size(); c++) {
                        values.add(DataExport.written(shown.get(c), rs.getObject(c + 1)));
                    }
                    return values;
                }).single();
        String key = String.join(" · ", row.sheet().sheetColumns().stream().filter(SheetColumn::isKey)
                .map(c -> DataExport.text(DataExport.written(c, row.get(c.dbColumn())))).toList());
        List<RowChange> found = new ArrayList<>();
        for (int c = 0; c < shown.size(); c++) {
            String before = DataExport.text(recorded.get(c));
            String after = DataExport.text(DataExport.written(shown.get(c), row.get(shown.get(c).dbColumn())));
            if (!before.equals(after)) {
                found.add(new RowChange(row.sheet().title(), row.row(), key, shown.get(c).header(), before, after));
            }
        }
        return found;
    }

    /** The committee a new row of a derived table is written with: that of the row it hangs on (cached by id). */
    private @Nullable Long committeeOfParent(String table, @Nullable Object parentId) {
        if (!(parentId instanceof Long id) || id < 0) {
            return null;
        }
        String kept = table + "#" + id;
        if (!parentCommittees.containsKey(kept)) {
            parentCommittees.put(kept, CommitteeColumns.committeeOf(template, table, id));
        }
        return parentCommittees.get(kept);
    }

    /**
     * A row moved to another cell (or member, term, hamlet): it takes that one's committee, and a member's rows follow
     * the member. The writer's cache of committees is dropped, as a member's committee may be what changed.
     */
    private void followMoves(ImportSheet sheet, Located at) {
        parentCommittees.clear();
        for (@Nullable Long id : jdbc.sql(RowSql.select(sheet.table(), List.of("id"), at.where())).params(at.where().parameters())
                .query(Long.class).list()) {
            if (id == null) {
                continue; // an id column is never null; the driver's type says it could be
            }
            if (sheet == ImportSheet.MEMBERS) {
                CommitteeColumns.followMember(template, id);
            } else {
                CommitteeColumns.followParent(template, sheet.table(), id);
            }
        }
    }

    /** What the write changed (or a dry run would change), value by value. */
    List<RowChange> changes() {
        return List.copyOf(changes);
    }

    /** How many values were changed (or would be) in all. */
    int changeCount() {
        return changeCount;
    }

    /** Deletes the row with this row's key. */
    void delete(PlannedRow row) {
        Located at = locate(row);
        jdbc.sql(RowSql.delete(row.sheet().table(), at.where())).params(at.where().parameters()).update();
    }

    private RowSql.Where where(ImportSheet sheet, Map<String, @Nullable Object> key) {
        if (sheet.scope() == ImportSheet.Scope.SINGLE) {
            Long id = target.id();
            return RowSql.Where.byId(target.exists() && id != null ? id : CommitteeScope.NOTHING);
        }
        return RowSql.Where.byKey(key, own(sheet.table(), ""));
    }

    /** A value as the database stores it: a reference becomes the other row's id, a date an SQL date. */
    private @Nullable Object stored(SheetColumn column, @Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (column.type() instanceof Reference reference) {
            return id(reference.target(), value);
        }
        return value instanceof LocalDate date ? Date.valueOf(date) : value;
    }

    private void writeUnlessDry(String sql, Map<String, @Nullable Object> parameters) {
        if (!dryRun) {
            jdbc.sql(sql).params(parameters).update();
        }
    }

    /** The id of the row a reference names (a placeholder for one a dry run would add; null for none). */
    private @Nullable Long id(ImportSheet target, Object key) {
        Map<Object, Long> known = ids.computeIfAbsent(target, t -> new HashMap<>());
        Long id = known.get(key);
        if (id == null) {
            id = jdbc.sql("select t.id from " + target.table() + " t where t." + target.referenceKey().dbColumn()
                            + " = :key and " + own(target.table(), "t")).param("key", key)
                    .query(Long.class).optional().orElse(dryRun ? --placeholderIds : null);
            if (id != null) {
                known.put(key, id);
            }
        }
        return id;
    }

    /** The condition that keeps a table's rows to the target committee's own, once it exists. */
    private String own(String table, String alias) {
        Long committee = committeeId();
        return OwnRecords.of(table, alias, committee == null ? CommitteeScope.NOTHING : committee);
    }

    /** The target's id; for a committee the file adds, once its row is written (a placeholder in a dry run). */
    private @Nullable Long committeeId() {
        if (committeeId == null) {
            committeeId = jdbc.sql("select id from party_committee where code = :code").param("code", target.newCode())
                    .query(Long.class).optional().orElse(dryRun ? --placeholderIds : null);
        }
        return committeeId;
    }

    private void count(ImportSheet sheet, SheetCounts.Outcome outcome) {
        counts.merge(sheet, SheetCounts.NONE.plus(outcome), (was, one) -> was.plus(outcome));
    }

    /** How many of a row's values the file would change. */
    private static int differing(List<@Nullable Object> stored, List<@Nullable Object> imported) {
        int differing = 0;
        for (int i = 0; i < stored.size(); i++) {
            if (!Objects.equals(normalise(stored.get(i)), normalise(imported.get(i)))) {
                differing++;
            }
        }
        return differing;
    }

    /**
     * Keeps the values this row changes, as the sheet writes them, while fewer than {@link #CHANGES_KEPT} are kept;
     * past that only counts them, without reading the row again.
     */
    private void remember(PlannedRow row, Located at, List<@Nullable Object> stored, List<@Nullable Object> imported) {
        if (changes.size() >= CHANGES_KEPT) {
            changeCount += differing(stored, imported);
            return;
        }
        List<RowChange> found = differences(row, at);
        changeCount += found.size();
        changes.addAll(found.subList(0, Math.min(found.size(), CHANGES_KEPT - changes.size())));
    }

    /** Compares values as the database returns them and as the file gives them. */
    private static @Nullable Object normalise(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case java.math.BigDecimal d -> d.stripTrailingZeros().toPlainString();
            case Number n -> String.valueOf(n.longValue());
            default -> value.toString();
        };
    }
}
