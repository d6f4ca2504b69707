package vn.dangbo.dashboard.ratings;

/** A year's ratings at a level in the cells a merged commune took over from one former commune. */
record FormerYearRatingCount(Long formerCommitteeId, int year, RatingLevel level, NotRatedReason notRatedReason, long count) {
}
