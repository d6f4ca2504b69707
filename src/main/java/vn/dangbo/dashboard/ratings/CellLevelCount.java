package vn.dangbo.dashboard.ratings;

record CellLevelCount(String cellCode, RatingLevel level, long count) {
}
