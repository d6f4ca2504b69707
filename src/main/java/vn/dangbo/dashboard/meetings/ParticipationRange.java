package vn.dangbo.dashboard.meetings;

/** The lowest and highest share of members taking part, over several study campaigns (0 to 1). */
public record ParticipationRange(double lowest, double highest, long campaigns) {
}
