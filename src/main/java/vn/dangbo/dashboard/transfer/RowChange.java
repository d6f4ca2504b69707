package vn.dangbo.dashboard.transfer;

/** One value an import would change: where (sheet, row, the row's key, column), what is recorded, what the file says. */
public record RowChange(String sheet, int row, String key, String column, String recorded, String inFile) {
}
