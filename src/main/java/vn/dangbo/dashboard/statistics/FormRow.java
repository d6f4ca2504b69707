package vn.dangbo.dashboard.statistics;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.i18n.Message;

/**
 * A row of a form: its number as the form prints it ("B", "2.a", "II.3"), its label, how deep it is indented, and
 * what it counts — one measure that every figure column narrows (a year, women only), or a measure per column (form
 * 5's). A heading row counts nothing. A row may carry a key (for the form's identities: "A", "D") and the breakdown
 * it belongs to (its rows add up to the breakdown's total).
 */
record FormRow(@Nullable String key, @Nullable String group, String number, Message label, int depth, @Nullable Measure measure, @Nullable List<Measure> cells) {

    boolean counts() {
        return measure != null || cells != null;
    }

    /** The measure behind the figure in a column, or null (a heading, a percentage). */
    @Nullable Measure measureIn(List<FormColumn> columns, int column) {
        FormColumn shape = columns.get(column);
        if (shape.kind() != FormColumn.Kind.FIGURE || !counts()) {
            return null;
        }
        if (cells != null) {
            return cells.get(column);
        }
        return measure == null ? null : measure.and(shape.condition());
    }
}
