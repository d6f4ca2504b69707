package vn.dangbo.dashboard.ratings;

/** One row of a GROUP BY over a year's ratings: a level or a reason for not rating, and how many. */
record RatingCount(RatingLevel level, NotRatedReason notRatedReason, long count) {
}
