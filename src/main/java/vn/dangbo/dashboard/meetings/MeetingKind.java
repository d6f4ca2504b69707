package vn.dangbo.dashboard.meetings;

/** Regular monthly meeting (thường kỳ) or thematic meeting (chuyên đề, at least quarterly). */
public enum MeetingKind {
    REGULAR, THEMATIC
}
