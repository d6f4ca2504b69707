package vn.dangbo.dashboard.recruitment;

record YearCount(Integer year, Long count) {
}
