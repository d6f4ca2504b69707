package vn.dangbo.dashboard.meetings;

/** The study of one resolution in a year: how many took part of those required to. */
public record StudyRecord(String resolution, int year, int tookPart, int required) {

    /** The share that took part; 0 when nobody was required to. */
    public double participation() {
        return required == 0 ? 0 : (double) tookPart / required;
    }
}
