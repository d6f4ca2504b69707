package vn.dangbo.dashboard.ratings;

/** One row of a GROUP BY over several years' ratings. */
record YearRatingCount(int year, RatingLevel level, NotRatedReason notRatedReason, long count) {

    RatingCount withoutYear() {
        return new RatingCount(level, notRatedReason, count);
    }
}
