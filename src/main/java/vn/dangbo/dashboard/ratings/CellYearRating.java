package vn.dangbo.dashboard.ratings;

/** A cell's rating in one year: its level, or none when it was not rated. */
public record CellYearRating(String cellCode, String cellName, int year, RatingLevel level) {
}
