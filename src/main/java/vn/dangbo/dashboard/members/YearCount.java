package vn.dangbo.dashboard.members;

/** How many in a year. */
record YearCount(int year, long count) {
}
