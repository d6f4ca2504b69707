package vn.dangbo.dashboard.recruitment;

/** Members admitted in one year against that year's target (0 when none was set). */
public record YearlyAdmissions(int year, long admitted, long target) {
}
