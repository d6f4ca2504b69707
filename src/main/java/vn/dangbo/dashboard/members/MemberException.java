package vn.dangbo.dashboard.members;

import org.jspecify.annotations.Nullable;
import vn.dangbo.dashboard.base.i18n.Message;
import vn.dangbo.dashboard.base.i18n.Refusal;

/** A member's record could not be saved; the key says why. Nothing was changed. */
public class MemberException extends Refusal {
    public MemberException(String key, Object... parameters) {
        super(key, parameters);
    }

    public MemberException(Message message) {
        super(message);
    }
}
