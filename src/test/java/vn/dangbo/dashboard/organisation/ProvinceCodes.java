package vn.dangbo.dashboard.organisation;

/** The synthetic province's code, as its switch loads it. */
final class ProvinceCodes {
    static final String PROVINCE = "tinh-mau";

    private ProvinceCodes() {
    }
}
