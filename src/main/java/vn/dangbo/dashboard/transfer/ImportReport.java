package vn.dangbo.dashboard.transfer;

import java.util.List;
import java.util.Map;
import vn.dangbo.dashboard.base.i18n.Message;

/** What an import did per sheet it touched, and the warnings given. */
public record ImportReport(Map<ImportSheet, SheetCounts> counts, List<Message> warnings) {

    /** What it did to a sheet; nothing for a sheet it did not touch. */
    public SheetCounts of(ImportSheet sheet) {
        return counts.getOrDefault(sheet, SheetCounts.NONE);
    }

    public int added(ImportSheet sheet) {
        return of(sheet).added();
    }

    public int changed(ImportSheet sheet) {
        return of(sheet).changed();
    }

    public int unchanged(ImportSheet sheet) {
        return of(sheet).unchanged();
    }

    /** Whether the import changed anything at all. */
    public boolean changedAnything() {
        return counts.values().stream().anyMatch(SheetCounts::changedAnything);
    }
}
