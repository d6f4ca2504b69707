package vn.dangbo.dashboard.transfer;

/** What an import did to one sheet's rows: how many it added, changed, and found already as in the file. */
public record SheetCounts(int added, int changed, int unchanged) {
    static final SheetCounts NONE = new SheetCounts(0, 0, 0);

    /** What became of one row. */
    enum Outcome {
        ADDED, CHANGED, UNCHANGED
    }

    SheetCounts plus(Outcome outcome) {
        return switch (outcome) {
            case ADDED -> new SheetCounts(added + 1, changed, unchanged);
            case CHANGED -> new SheetCounts(added, changed + 1, unchanged);
            case UNCHANGED -> new SheetCounts(added, changed, unchanged + 1);
        };
    }

    boolean changedAnything() {
        return added > 0 || changed > 0;
    }
}
