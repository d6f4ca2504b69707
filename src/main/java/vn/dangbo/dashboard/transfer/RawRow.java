package vn.dangbo.dashboard.transfer;

import java.util.Map;

/** One data row of a sheet as text, by column header, with the row number Excel shows. */
record RawRow(ImportSheet sheet, int row, Map<String, String> values) {

    String get(String column) {
        String value = values.get(column);
        return value == null ? "" : value.trim();
    }
}
