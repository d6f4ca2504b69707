package vn.dangbo.dashboard.transfer;

import vn.dangbo.dashboard.base.i18n.Refusal;

/** The file cannot be read at all (not a spreadsheet, empty, too large, wrong columns), or another import is running; nothing was imported. The key says why. */
public class ImportRefused extends Refusal {
    public ImportRefused(String key, Object... parameters) {
        super(key, parameters);
    }
}
