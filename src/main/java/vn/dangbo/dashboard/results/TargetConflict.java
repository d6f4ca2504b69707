package vn.dangbo.dashboard.results;

import vn.dangbo.dashboard.base.i18n.Refusal;

/** A target's result changed since it was shown; the key says so. Nothing was changed. */
public class TargetConflict extends Refusal {
    public TargetConflict(String key, Object... parameters) {
        super(key, parameters);
    }
}
