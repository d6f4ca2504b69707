package vn.dangbo.dashboard.records;

import vn.dangbo.dashboard.base.i18n.Refusal;

/** A record could not be saved or deleted as asked; the key says why, and nothing changed. */
public class RecordConflict extends Refusal {
    public RecordConflict(String key, Object... parameters) {
        super(key, parameters);
    }
}
