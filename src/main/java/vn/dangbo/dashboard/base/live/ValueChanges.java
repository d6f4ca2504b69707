package vn.dangbo.dashboard.base.live;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an edit changed, field by field, as the audit log keeps it: "Họ và tên: Nguyễn Văn A → Nguyễn Văn B; Chi bộ:
 * X01 → X02". Fields are named as the office's sheets head them (the file format), values as recorded; an empty value
 * is "(trống)". Only the fields that differ are listed.
 */
public final class ValueChanges {
    static final String EMPTY = "(trống)";
    static final String NOTHING = "không đổi";

    private ValueChanges() {
    }

    /** The fields that differ between two snapshots taken of the same record (same field names, in order). */
    public static String between(Map<String, ?> before, Map<String, ?> after) {
        StringBuilder changes = new StringBuilder();
        Map<String, Object> fields = new LinkedHashMap<>(before);
        after.forEach(fields::putIfAbsent);
        for (String field : fields.keySet()) {
            String was = text(before.get(field));
            String now = text(after.get(field));
            if (!Objects.equals(was, now)) {
                changes.append(changes.isEmpty() ? "" : "; ").append(field).append(": ").append(was).append(" → ").append(now);
            }
        }
        return changes.isEmpty() ? NOTHING : changes.toString();
    }

    private static String text(@Nullable Object value) {
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return value == null || value.toString().isEmpty() ? EMPTY : value.toString();
    }
}
