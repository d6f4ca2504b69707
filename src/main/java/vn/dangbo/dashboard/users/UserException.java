package vn.dangbo.dashboard.users;

import vn.dangbo.dashboard.base.i18n.Refusal;

/** A rule about users was broken; the key says which. Nothing was changed. */
public class UserException extends Refusal {
    public UserException(String key, Object... parameters) {
        super(key, parameters);
    }
}
