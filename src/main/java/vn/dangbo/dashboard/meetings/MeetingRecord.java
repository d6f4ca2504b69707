package vn.dangbo.dashboard.meetings;

import java.time.LocalDate;

/** One meeting of a cell as its page lists it. */
public record MeetingRecord(LocalDate date, MeetingKind kind, int present, int required, MeetingGrade grade) {

    public double attendance() {
        return required == 0 ? 0 : (double) present / required;
    }
}
