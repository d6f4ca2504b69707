package vn.dangbo.dashboard.transfer;

import java.util.List;
import java.util.Map;
import vn.dangbo.dashboard.base.i18n.Message;

/**
 * A checked file before import: rows per sheet, the problems (which block the import: the first few hundred, and
 * how many there are in all), warnings, and — when it can
 * be imported — what importing it would do per sheet (rows to add, to change, already as in the file) and each
 * recorded value it would replace.
 */
public record ImportPreview(Map<ImportSheet, Integer> rows, List<ImportProblem> problems, int problemCount,
                            List<Message> warnings, ImportReport wouldDo, List<RowChange> changes, int changeCount) {

    public boolean importable() {
        return problemCount == 0;
    }
}
