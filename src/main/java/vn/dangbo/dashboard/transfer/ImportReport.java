package vn.dangbo.dashboard.transfer;

import java.util.List;
import java.util.Map;

/** What an import did per sheet (rows added, changed, already as in the file), and the warnings given. */
public record ImportReport(Map<ImportSheet, int[]> counts, List<String> warnings) {

    public int added(ImportSheet sheet) {
        return counts.getOrDefault(sheet, new int[3])[0];
    }

    public int changed(ImportSheet sheet) {
        return counts.getOrDefault(sheet, new int[3])[1];
    }

    public int unchanged(ImportSheet sheet) {
        return counts.getOrDefault(sheet, new int[3])[2];
    }

    /** Whether the import changed anything at all. */
    public boolean changedAnything() {
        return counts.values().stream().anyMatch(c -> c[0] > 0 || c[1] > 0);
    }
}
