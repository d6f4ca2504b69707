package vn.dangbo.dashboard.organisation;

/** A count for one committee (the committee its cells belong to), as a query grouped by committee gives it. */
public record CommitteeCount(Long committeeId, long count) {
}
