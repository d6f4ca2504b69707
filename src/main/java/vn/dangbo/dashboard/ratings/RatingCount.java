package vn.dangbo.dashboard.ratings;

import org.jspecify.annotations.Nullable;

/** One row of a GROUP BY over a year's ratings: a level or a reason for not rating, and how many. */
record RatingCount(@Nullable RatingLevel level, @Nullable NotRatedReason notRatedReason, long count) {
}
