package vn.dangbo.dashboard.members;

/** A member's record could not be saved; the message, in Vietnamese, says why. Nothing was changed. */
public class MemberException extends RuntimeException {
    public MemberException(String message) {
        super(message);
    }
}
