package vn.dangbo.dashboard.ratings;

import vn.dangbo.dashboard.base.i18n.Message;
import vn.dangbo.dashboard.base.i18n.Refusal;

/** A rating broke a party rule or names what does not exist; the message says which. Nothing was saved. */
public class RatingException extends Refusal {
    public RatingException(Message message) {
        super(message);
    }

    public RatingException(String key, Object... parameters) {
        super(key, parameters);
    }
}
