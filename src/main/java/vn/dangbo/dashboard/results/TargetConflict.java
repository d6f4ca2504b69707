package vn.dangbo.dashboard.results;

/** A target's result changed since the clerk saw it; the message says so in Vietnamese. */
public class TargetConflict extends RuntimeException {

    public TargetConflict(String message) {
        super(message);
    }
}
