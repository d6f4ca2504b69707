package vn.dangbo.dashboard.ratings;

import org.jspecify.annotations.Nullable;

/** One row of a GROUP BY over several years' ratings. */
record YearRatingCount(int year, @Nullable RatingLevel level, @Nullable NotRatedReason notRatedReason, long count) {

    RatingCount withoutYear() {
        return new RatingCount(level, notRatedReason, count);
    }
}
