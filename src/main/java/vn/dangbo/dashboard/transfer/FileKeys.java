package vn.dangbo.dashboard.transfer;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.transfer.ColumnType.Reference;
import vn.dangbo.dashboard.transfer.ColumnType.Whole;

/**
 * The keys a file names of the records other rows refer to (cells, members, terms, hamlets): in the referenced
 * sheet's own key column and in every column that refers to it, read as the check will read them. Only these are
 * looked up in the database.
 */
final class FileKeys {

    private FileKeys() {
    }

    static Map<ImportSheet, Set<Object>> named(Map<ImportSheet, ? extends Iterable<RawRow>> rows) {
        Map<ImportSheet, Set<Object>> named = new EnumMap<>(ImportSheet.class);
        rows.forEach((sheet, sheetRows) -> {
            for (SheetColumn column : sheet.sheetColumns()) {
                ImportSheet target = column.type() instanceof Reference reference ? reference.target()
                        : sheet.isReferenced() && column.equals(sheet.referenceKey()) ? sheet : null;
                if (target != null) {
                    Set<Object> keys = named.computeIfAbsent(target, t -> new HashSet<>());
                    for (RawRow row : sheetRows) {
                        Object key = key(target.referenceKey().type(), row.get(column.header()));
                        if (key != null) {
                            keys.add(key);
                        }
                    }
                }
            }
        });
        return named;
    }

    /** A key as the check reads it: a whole number for a term's year, the text otherwise; null for none. */
    private static @Nullable Object key(ColumnType type, String text) {
        if (text.isEmpty()) {
            return null;
        }
        if (type instanceof Whole) {
            try {
                return new BigDecimal(text.replace(",", ".")).intValueExact();
            } catch (NumberFormatException | ArithmeticException notWhole) {
                return null;
            }
        }
        return text;
    }
}
