package vn.dangbo.dashboard.ratings;

import org.jspecify.annotations.Nullable;

/** Ratings at a level (or not rated for a reason) in one committee's cells. */
record CommitteeRatingCount(Long committeeId, @Nullable RatingLevel level, @Nullable NotRatedReason notRatedReason, long count) {
}
