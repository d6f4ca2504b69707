package vn.dangbo.dashboard.ratings;

/** One member's outcome in one year: a level, or the reason for not rating. */
public record MemberYearRating(String memberCode, int year, RatingLevel level, NotRatedReason notRatedReason) {
}
