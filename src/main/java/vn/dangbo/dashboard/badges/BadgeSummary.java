package vn.dangbo.dashboard.badges;

/** The badges in brief: due in a year at its rounds, and those who may receive one early if seriously ill. */
public record BadgeSummary(int year, long due, long early) {
}
