package vn.dangbo.dashboard.transfer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.i18n.Message;
import vn.dangbo.dashboard.transfer.ColumnType.Coded;
import vn.dangbo.dashboard.transfer.ColumnType.Day;
import vn.dangbo.dashboard.transfer.ColumnType.Decimal;
import vn.dangbo.dashboard.transfer.ColumnType.Reference;
import vn.dangbo.dashboard.transfer.ColumnType.Text;
import vn.dangbo.dashboard.transfer.ColumnType.Whole;
import vn.dangbo.dashboard.transfer.ColumnType.YesNo;
import vn.dangbo.dashboard.transfer.ImportPlan.PlannedRow;

/**
 * Reads every row of every sheet by its columns' types and says, for each problem, the sheet, row, column and reason;
 * then the party's rules for that kind of record ({@link SheetRules}). A row with any problem is not planned.
 */
final class ImportValidator {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    /** The last year rated under the level names before Quy định 132-QĐ/TW (2018). */
    private static final int OLDER_NAMES_UNTIL = 2017;
    private final KnownRecords known;
    private final ImportPlan plan = new ImportPlan();
    private final Map<ImportSheet, Map<List<Object>, Integer>> keysSeen = new EnumMap<>(ImportSheet.class);

    private ImportValidator(KnownRecords known) {
        this.known = known;
    }

    static ImportPlan check(Map<ImportSheet, List<RawRow>> rows, KnownRecords known) {
        ImportValidator validator = new ImportValidator(known);
        for (ImportSheet sheet : ImportSheet.values()) {
            rows.getOrDefault(sheet, List.of()).forEach(row -> validator.row(sheet, row));
        }
        SheetRules.quotaWarnings(validator.plan);
        SheetRules.disciplineWarnings(validator.plan, validator.known);
        return validator.plan;
    }

    private void row(ImportSheet sheet, RawRow raw) {
        int before = plan.problemCount;
        List<Object> values = new ArrayList<>();
        for (SheetColumn column : sheet.sheetColumns()) {
            values.add(read(raw, column));
        }
        PlannedRow row = new PlannedRow(sheet, raw.row(), values);
        olderLevelName(sheet, raw, row);
        if (plan.problemCount == before) {
            SheetRules.check(row, known, problem -> problem(raw, sheet.column(problem.field()), problem.reason()));
        }
        if (sheet == ImportSheet.COMMITTEE && row.get("code") instanceof String code && !code.isEmpty()
                && !ImportTarget.CODE.matcher(code).matches()) {
            problem(raw, sheet.column("code"), "import.problem.committee-code");
        }
        if (sheet == ImportSheet.MEMBERS && known.elsewhere(String.valueOf(row.get("code")))) {
            problem(raw, sheet.sheetColumns().getFirst(), "import.problem.member-elsewhere");
        }
        if (sheet.scope() == ImportSheet.Scope.COMMITTEE && !known.hasCommittee()) {
            problem(raw, sheet.sheetColumns().getFirst(), "import.problem.no-committee", ImportSheet.COMMITTEE.title());
        }
        if (sheet.scope() == ImportSheet.Scope.SINGLE && !plan.rows(sheet).isEmpty()) {
            problem(raw, sheet.sheetColumns().getFirst(), "import.problem.single-row");
        }
        duplicateKey(row, raw);
        if (plan.problemCount == before) {
            plan.rows.computeIfAbsent(sheet, s -> new ArrayList<>()).add(row);
            remember(row);
        }
    }

    /** A level written with its name before 2018 is read for those years only; later years use today's four. */
    private void olderLevelName(ImportSheet sheet, RawRow raw, PlannedRow row) {
        if (sheet != ImportSheet.MEMBER_RATINGS && sheet != ImportSheet.CELL_RATINGS) {
            return;
        }
        SheetColumn level = sheet.column("level");
        String word = raw.get(level.header());
        Object year = row.get("rating_year");
        if (!word.isEmpty() && year instanceof Integer y && y >= OLDER_NAMES_UNTIL + 1 && ImportCodes.olderLevelName(word)) {
            problem(raw, level, "import.problem.older-level-name", word, y, ImportCodes.words(ImportCodes.LEVEL));
        }
    }

    private void duplicateKey(PlannedRow row, RawRow raw) {
        List<Object> key = new ArrayList<>();
        List<SheetColumn> keyColumns = new ArrayList<>();
        List<SheetColumn> columns = row.sheet().sheetColumns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).isKey()) {
                key.add(row.values().get(i));
                keyColumns.add(columns.get(i));
            }
        }
        if (key.isEmpty() || key.stream().allMatch(v -> v == null)) {
            return;
        }
        Integer earlier = keysSeen.computeIfAbsent(row.sheet(), s -> new HashMap<>()).putIfAbsent(key, raw.row());
        if (earlier != null) {
            problem(raw, keyColumns.getFirst(), "import.problem.duplicate", earlier,
                    String.join(", ", keyColumns.stream().map(SheetColumn::header).toList()));
        }
    }

    private void remember(PlannedRow row) {
        if (row.sheet().scope() == ImportSheet.Scope.SINGLE) {
            known.committeeRecorded();
        } else {
            known.add(row.sheet(), row.values().getFirst());
        }
        if (row.sheet() == ImportSheet.MEMBERS) {
            known.admitted(row.required("code", String.class), row.required("admission_date", LocalDate.class),
                    row.optional("full_membership_date", LocalDate.class));
        }
        if (row.sheet() == ImportSheet.DISCIPLINES) {
            known.disciplined(row.required("member_id", String.class), row.required("decided_on", LocalDate.class));
        }
    }

    private @Nullable Object read(RawRow row, SheetColumn column) {
        if (!row.has(column.header()) && !column.isRequired() && !column.isKey()) {
            return PlannedRow.ABSENT;
        }
        String text = row.get(column.header());
        if (text.isEmpty()) {
            if (column.isRequired()) {
                if (column.type() instanceof Coded coded) {
                    problem(row, column, "import.problem.blank-coded", ImportCodes.words(coded.words()));
                } else {
                    problem(row, column, column.type() instanceof Day ? "import.problem.blank-date" : "import.problem.blank");
                }
                return null;
            }
            return column.blankValue();
        }
        return switch (column.type()) {
            case Text t -> text(row, column, text, t);
            case Whole w -> whole(row, column, text, w);
            case Decimal d -> decimal(row, column, text, d);
            case Day d -> date(row, column, text);
            case Coded c -> coded(row, column, text, c);
            case YesNo y -> yesNo(row, column, text);
            case Reference r -> reference(row, column, text, r);
        };
    }

    private @Nullable String text(RawRow row, SheetColumn column, String text, Text type) {
        if (text.length() > type.maxLength()) {
            problem(row, column, "import.problem.too-long", text.length(), type.maxLength());
            return null;
        }
        return text;
    }

    private @Nullable Integer whole(RawRow row, SheetColumn column, String text, Whole type) {
        try {
            int value = new BigDecimal(text.replace(",", ".")).intValueExact();
            if (value < type.min() || value > type.max()) {
                problem(row, column, "import.problem.out-of-range", String.valueOf(value), String.valueOf(type.min()),
                        String.valueOf(type.max()));
                return null;
            }
            return value;
        } catch (NumberFormatException | ArithmeticException e) {
            problem(row, column, "import.problem.not-whole", text);
            return null;
        }
    }

    private @Nullable BigDecimal decimal(RawRow row, SheetColumn column, String text, Decimal type) {
        String plain = text.replace(" ", "");
        if (plain.contains(",") && plain.contains(".")) {
            plain = plain.replace(".", "");
        }
        try {
            BigDecimal value = new BigDecimal(plain.replace(",", ".")).stripTrailingZeros();
            if (value.scale() > 2) {
                problem(row, column, "import.problem.too-many-decimals", text);
                return null;
            }
            if (value.doubleValue() < type.min() || value.doubleValue() > type.max()) {
                problem(row, column, "import.problem.out-of-range", text, plain(type.min()), plain(type.max()));
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            problem(row, column, "import.problem.not-number", text);
            return null;
        }
    }

    private @Nullable LocalDate date(RawRow row, SheetColumn column, String text) {
        try {
            return LocalDate.parse(text, DATE);
        } catch (DateTimeParseException e) {
            problem(row, column, "import.problem.not-date", text);
            return null;
        }
    }

    private @Nullable String coded(RawRow row, SheetColumn column, String word, Coded type) {
        String code = ImportCodes.lookup(type.words(), word);
        if (code == null) {
            problem(row, column, "import.problem.not-coded", word, ImportCodes.words(type.words()));
        }
        return code;
    }

    private @Nullable Boolean yesNo(RawRow row, SheetColumn column, String text) {
        Boolean value = ImportCodes.yesNo(text);
        if (value == null) {
            problem(row, column, "import.problem.not-yes-no", text);
        }
        return value;
    }

    private @Nullable Object reference(RawRow row, SheetColumn column, String text, Reference type) {
        Object key = switch (type.target().referenceKey().type()) {
            case Whole w -> whole(row, column, text, w);
            default -> text;
        };
        if (key != null && !known.has(type.target(), key)) {
            problem(row, column, "import.problem.unknown-reference", text, type.target().title());
            return null;
        }
        return key;
    }

    private void problem(RawRow row, SheetColumn column, String key, Object... parameters) {
        problem(row, column, new Message(key, parameters));
    }

    private void problem(RawRow row, SheetColumn column, Message reason) {
        plan.problem(new ImportProblem(row.sheet().title(), row.row(), column.header(), column.dbColumn(), reason));
    }

    /** A number in a message, without a needless ".0". */
    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
