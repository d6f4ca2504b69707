package vn.dangbo.dashboard.transfer;

/** A record could not be saved or deleted as asked; the message says why, in Vietnamese, and nothing changed. */
public class RecordConflict extends RuntimeException {

    public RecordConflict(String message) {
        super(message);
    }
}
