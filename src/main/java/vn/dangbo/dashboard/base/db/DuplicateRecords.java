package vn.dangbo.dashboard.base.db;

import java.util.List;

/** The database holds rows doubled on their natural key; the schema cannot get its unique keys until they are gone. */
class DuplicateRecords extends RuntimeException {
    private final transient List<String> doubled;

    DuplicateRecords(List<String> doubled) {
        super("Doubled rows: " + String.join("; ", doubled));
        this.doubled = List.copyOf(doubled);
    }

    List<String> doubled() {
        return doubled;
    }
}
