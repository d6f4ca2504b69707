package vn.dangbo.dashboard.ratings;

/** How many members scored within a band. */
public record ScoreBandCount(ScoreBand band, long count) {
}
