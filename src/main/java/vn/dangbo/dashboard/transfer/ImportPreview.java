package vn.dangbo.dashboard.transfer;

import java.util.List;
import java.util.Map;

/** A checked file before import: rows per sheet, every problem (which block the import) and warnings. */
public record ImportPreview(Map<ImportSheet, Integer> rows, List<ImportProblem> problems, List<String> warnings) {

    public boolean importable() {
        return problems.isEmpty();
    }
}
