package vn.dangbo.dashboard.users;

/** A rule about users was broken; the message, in Vietnamese, says which. */
public class UserException extends RuntimeException {
    public UserException(String message) {
        super(message);
    }
}
