package vn.dangbo.dashboard.meetings;

import vn.dangbo.dashboard.base.i18n.Message;
import vn.dangbo.dashboard.base.i18n.Refusal;

/** A meeting could not be recorded; the key says why. Nothing was changed. */
public class MeetingException extends Refusal {
    public MeetingException(String key, Object... parameters) {
        super(key, parameters);
    }

    public MeetingException(Message message) {
        super(message);
    }
}
