package vn.dangbo.dashboard.transfer;

/** Told as an import writes its rows: how many are written, of how many. */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (written, total) -> { };

    void written(int written, int total);
}
