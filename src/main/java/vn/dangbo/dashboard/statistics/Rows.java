package vn.dangbo.dashboard.statistics;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.i18n.Message;

/** Builds a form's rows in order, a row at a time, with the breakdown the next rows belong to. */
final class Rows {
    private final List<FormRow> rows = new ArrayList<>();
    private @Nullable String group;
    private final java.util.Map<String, String> groups = new java.util.HashMap<>();

    Rows heading(String number, String key, Object... parameters) {
        group = null;
        rows.add(new FormRow(null, null, number, new Message(key, parameters), 0, null, null));
        return this;
    }

    /** A row with a key of its own (in the breakdown under way, if any). */
    Rows keyed(String rowKey, String number, int depth, String key, Measure measure) {
        rows.add(new FormRow(rowKey, group, number, new Message(key), depth, measure, null));
        return this;
    }

    /** The rows after this one, until the next call or heading, add up to the row keyed {@code total}. */
    Rows breakdownOf(String total) {
        group = total + "#" + rows.size();
        groups.put(total, group);
        return this;
    }

    /** Goes on with the breakdown of {@code total} begun earlier (after a nested one). */
    Rows resume(String total) {
        group = groups.get(total);
        return this;
    }

    Rows endBreakdown() {
        group = null;
        return this;
    }

    Rows row(String number, int depth, String key, Measure measure) {
        return row(number, depth, new Message(key), measure);
    }

    Rows row(String number, int depth, Message label, Measure measure) {
        rows.add(new FormRow(null, group, number, label, depth, measure, null));
        return this;
    }

    /** A row outside the breakdown under way ("trong đó": of which), which stays under way after it. */
    Rows ofWhich(String number, int depth, String key, @Nullable Measure measure) {
        rows.add(new FormRow(null, null, number, new Message(key), depth, measure, null));
        return this;
    }

    /** A row labelled by a name from the data's lists (an ethnic group), shown as it is written. */
    Rows named(String number, int depth, String name, Measure measure) {
        return row(number, depth, new Message("stat.named", name), measure);
    }

    /** A row with a measure per column. */
    Rows cells(String number, String key, List<Measure> cells) {
        rows.add(new FormRow(null, null, number, new Message(key), 0, null, cells));
        return this;
    }

    List<FormRow> list() {
        return List.copyOf(rows);
    }
}
