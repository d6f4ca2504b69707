package vn.dangbo.dashboard.transfer;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The statements the import writes one row with, every value a named parameter ({@code :column}): only the table's
 * and the columns' names, which come from the sheets' declarations ({@link ImportSheet}), are written into the text.
 */
final class RowSql {
    private RowSql() {
    }

    /**
     * Where a row is found: its key columns equal to the file's values (a blank key value is {@code is null}), and
     * the committee's own rows only. The key's parameters are named {@code :key_column} so that they never meet an
     * updated column's.
     */
    record Where(String sql, Map<String, Object> parameters) {

        static Where byKey(Map<String, @Nullable Object> key, String ownRows) {
            Map<String, Object> parameters = new LinkedHashMap<>();
            StringBuilder sql = new StringBuilder();
            key.forEach((column, value) -> {
                if (value == null) {
                    sql.append(column).append(" is null and ");
                } else {
                    sql.append(column).append(" = :key_").append(column).append(" and ");
                    parameters.put("key_" + column, value);
                }
            });
            return new Where(sql.append(ownRows).toString(), Map.copyOf(parameters));
        }

        static Where byId(long id) {
            return new Where("id = :key_id", Map.of("key_id", id));
        }
    }

    /** Reads these columns (or only whether the row is there, for none) of the rows found. */
    static String select(String table, List<String> columns, Where where) {
        return "select " + (columns.isEmpty() ? "1" : String.join(", ", columns)) + " from " + table + " where " + where.sql();
    }

    static String insert(String table, Collection<String> columns) {
        return "insert into " + table + " (" + String.join(", ", columns) + ") values ("
                + columns.stream().map(c -> ":" + c).collect(Collectors.joining(", ")) + ")";
    }

    /** Sets these columns to their parameters; a versioned table's row counts the change. */
    static String update(String table, Collection<String> columns, boolean versioned, Where where) {
        return "update " + table + " set " + columns.stream().map(c -> c + " = :" + c).collect(Collectors.joining(", "))
                + (versioned ? ", version = version + 1" : "") + " where " + where.sql();
    }

    static String delete(String table, Where where) {
        return "delete from " + table + " where " + where.sql();
    }
}
