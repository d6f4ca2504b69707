package vn.dangbo.dashboard.meetings;

/** A meeting could not be recorded; the message, in Vietnamese, says why. Nothing was saved. */
public class MeetingException extends RuntimeException {
    public MeetingException(String message) {
        super(message);
    }
}
