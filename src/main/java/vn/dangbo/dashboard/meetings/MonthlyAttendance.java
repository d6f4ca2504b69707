package vn.dangbo.dashboard.meetings;

/** Regular meetings held in one month of a year: how many, and attendance summed over them. */
public record MonthlyAttendance(int month, long meetings, long present, long required) {

    public double rate() {
        return required == 0 ? 0 : (double) present / required;
    }
}
