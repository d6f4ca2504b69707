package vn.dangbo.dashboard.meetings;

/** A meeting's grade: Tốt, Khá, Trung bình, Kém. The thresholds differ by province. */
public enum MeetingGrade {
    GOOD, FAIR, AVERAGE, POOR
}
