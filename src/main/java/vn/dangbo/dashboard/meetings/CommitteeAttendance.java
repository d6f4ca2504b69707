package vn.dangbo.dashboard.meetings;

/** Regular meetings' attendance summed over one committee's cells: members present of those required. */
public record CommitteeAttendance(Long committeeId, long present, long required) {

    /** Present of required, 0 when no meeting was recorded. */
    public double share() {
        return required == 0 ? 0 : (double) present / required;
    }
}
