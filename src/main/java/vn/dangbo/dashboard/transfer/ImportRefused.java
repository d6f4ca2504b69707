package vn.dangbo.dashboard.transfer;

/** The file cannot be read at all (not a spreadsheet, empty, too large, wrong columns); nothing was imported. */
public class ImportRefused extends RuntimeException {
    public ImportRefused(String message) {
        super(message);
    }
}
