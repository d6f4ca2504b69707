package vn.dangbo.dashboard.transfer;

import java.util.List;

/** A problem as a Vietnamese reader sees it in the import's list: sheet, row, column and the reason's text. */
public record ShownProblem(String sheet, int row, String column, String reason) {

    public static List<ShownProblem> of(ImportRejected rejected) {
        return rejected.problems().stream()
                .map(p -> new ShownProblem(p.sheet(), p.row(), p.column(), p.reason().vietnamese())).toList();
    }
}
