package vn.dangbo.dashboard.ratings;

/** Ratings at a level (or not rated for a reason) in one committee's cells. */
record CommitteeRatingCount(Long committeeId, RatingLevel level, NotRatedReason notRatedReason, long count) {
}
