package vn.dangbo.dashboard.transfer;

/** One thing wrong in an uploaded file: where (sheet, row as Excel numbers it, column) and why, in Vietnamese. */
public record ImportProblem(String sheet, int row, String column, String reason) {

    /** A problem with the whole file, not one cell. */
    static ImportProblem ofFile(String reason) {
        return new ImportProblem("", 0, "", reason);
    }
}
