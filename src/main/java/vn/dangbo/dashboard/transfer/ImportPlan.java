package vn.dangbo.dashboard.transfer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.i18n.Message;

/** What a file would change, once checked: typed rows per sheet, and every problem and warning found. */
final class ImportPlan {

    /** One checked row: its values in the sheet's column order (a reference still as the other row's key). */
    record PlannedRow(ImportSheet sheet, int row, List<Object> values) {
        /**
         * The value of an optional column the file does not have: the row leaves what is recorded there as it is (a
         * new row gets the column's default). A file made from an older template thus imports, and loses nothing.
         */
        static final Object ABSENT = new Object() {
            @Override
            public String toString() {
                return "(absent)";
            }
        };

        /** A column's value; null for a blank one and for one the file does not have. */
        @Nullable Object get(String dbColumn) {
            List<SheetColumn> columns = sheet.sheetColumns();
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).dbColumn().equals(dbColumn)) {
                    Object value = values.get(i);
                    return value == ABSENT ? null : value;
                }
            }
            throw new IllegalArgumentException(sheet + " has no column " + dbColumn);
        }

        /**
         * A key or required column's value, as its type: a row is checked by the rules only when it has no problem,
         * so such a column has its value there.
         */
        <T> T required(String dbColumn, Class<T> type) {
            Object value = get(dbColumn);
            if (value == null) {
                throw new IllegalStateException(sheet + " row " + row + " was checked without its " + dbColumn);
            }
            return type.cast(value);
        }

        /** An optional column's value as its type, or null when blank or absent. */
        <T> @Nullable T optional(String dbColumn, Class<T> type) {
            Object value = get(dbColumn);
            return value == null ? null : type.cast(value);
        }

        boolean absent(int column) {
            return values.get(column) == ABSENT;
        }
    }

    /**
     * The problems kept to be shown: the first few hundred. A file of a million wrong rows must not hold a million
     * messages in memory; the rest are only counted ({@link #problemCount}).
     */
    static final int PROBLEMS_KEPT = 300;
    final Map<ImportSheet, List<PlannedRow>> rows = new EnumMap<>(ImportSheet.class);
    final List<ImportProblem> problems = new ArrayList<>();
    final List<Message> warnings = new ArrayList<>();
    int problemCount;

    void problem(ImportProblem problem) {
        problemCount++;
        if (problems.size() < PROBLEMS_KEPT) {
            problems.add(problem);
        }
    }

    boolean hasProblems() {
        return problemCount > 0;
    }

    List<PlannedRow> rows(ImportSheet sheet) {
        return rows.getOrDefault(sheet, List.of());
    }
}
