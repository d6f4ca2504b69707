package vn.dangbo.dashboard.transfer;

import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.i18n.Message;

/**
 * What became of one file of many imported in one go: imported (with what it did) or refused (with why; nothing of
 * it imported).
 */
public record FileOutcome(String fileName, @Nullable ImportReport report, @Nullable Message refusal) {

    /** A file to import: its name and contents. */
    public record Upload(String name, byte[] bytes) {
    }

    /** Told as each file starts. */
    @FunctionalInterface
    public interface Progress {
        void file(int number, int of, String name);
    }

    static FileOutcome imported(String fileName, ImportReport report) {
        return new FileOutcome(fileName, report, null);
    }

    public static FileOutcome refused(String fileName, Message refusal) {
        return new FileOutcome(fileName, null, refusal);
    }

    public boolean isImported() {
        return report != null;
    }
}
