package vn.dangbo.dashboard.transfer;

import java.util.List;
import java.util.Map;

/**
 * A checked file before import: rows per sheet, every problem (which block the import), warnings, and — when it can
 * be imported — what importing it would do per sheet (rows to add, to change, already as in the file) and each
 * recorded value it would replace.
 */
public record ImportPreview(Map<ImportSheet, Integer> rows, List<ImportProblem> problems, List<String> warnings,
                            ImportReport wouldDo, List<RowChange> changes) {

    public boolean importable() {
        return problems.isEmpty();
    }
}
