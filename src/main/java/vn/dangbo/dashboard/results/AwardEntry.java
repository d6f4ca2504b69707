package vn.dangbo.dashboard.results;

public record AwardEntry(int year, String title, String awardedBy) {
}
