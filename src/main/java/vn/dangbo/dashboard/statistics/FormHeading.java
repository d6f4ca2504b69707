package vn.dangbo.dashboard.statistics;

/**
 * What heads every form sent up, as a party document does: the committee above (its line already worded: "ĐẢNG BỘ
 * TỈNH …"), the reporting committee, and the place for the date line.
 */
public record FormHeading(String superior, String committee, String place) {
}
