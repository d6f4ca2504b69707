package vn.dangbo.dashboard.transfer;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import vn.dangbo.dashboard.base.i18n.Message;

/**
 * The database refused a row the check had passed: which sheet and row, and why in the clerk's words (a doubled key,
 * a value missing or out of shape, a database busy or out of memory). The database's own words go to the log only.
 */
final class RowRefused extends RuntimeException {
    private final transient ImportSheet sheet;
    private final int row;

    RowRefused(ImportSheet sheet, int row, DataAccessException cause) {
        super("Row " + row + " of sheet " + sheet + " refused by the database", cause);
        this.sheet = sheet;
        this.row = row;
    }

    ImportRefused toRefusal() {
        return new ImportRefused("import.error.database-row", sheet.title(), row, reason(getCause()));
    }

    /** Why the database refused something, in words: the kind of failure, never its text. */
    static Message reason(@Nullable Throwable failure) {
        String kind = failure == null ? "other" : switch (failure) {
            case DuplicateKeyException doubled -> "duplicate";
            case DataIntegrityViolationException broken -> "invalid";
            case TransientDataAccessException busy -> "busy";
            default -> "other";
        };
        return new Message("import.database." + kind);
    }
}
