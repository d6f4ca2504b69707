package vn.dangbo.dashboard.members;

/** Today's membership: everyone who has not left, and of them the probationary and the exempt. */
public record MembershipSummary(long total, long probationary, long exempt) {
}
