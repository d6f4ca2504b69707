package vn.dangbo.dashboard.results;

/** How many of a term's socio-economic targets were met. */
public record TargetAchievement(long met, long total) {
}
