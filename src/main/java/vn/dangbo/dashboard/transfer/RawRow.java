package vn.dangbo.dashboard.transfer;

import java.util.Map;

/**
 * One data row of a sheet as text, by column header, with the row number Excel shows. Every column of the file is
 * there (a blank cell as ""); a column the file does not have is not.
 */
record RawRow(ImportSheet sheet, int row, Map<String, String> values) {

    /** Whether the file has this column at all. */
    boolean has(String column) {
        return values.containsKey(column);
    }

    String get(String column) {
        String value = values.get(column);
        return value == null ? "" : value.trim();
    }
}
