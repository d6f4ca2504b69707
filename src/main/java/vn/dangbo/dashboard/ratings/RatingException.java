package vn.dangbo.dashboard.ratings;

/** A rating broke a party rule or a field is wrong; the message, in Vietnamese, says which. Nothing was saved. */
public class RatingException extends RuntimeException {
    public RatingException(String message) {
        super(message);
    }
}
