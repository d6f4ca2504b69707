package vn.dangbo.dashboard.transfer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
        Object get(String dbColumn) {
            List<SheetColumn> columns = sheet.sheetColumns();
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).dbColumn().equals(dbColumn)) {
                    Object value = values.get(i);
                    return value == ABSENT ? null : value;
                }
            }
            throw new IllegalArgumentException(sheet + " has no column " + dbColumn);
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
