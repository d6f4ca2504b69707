package vn.dangbo.dashboard.discipline;

/**
 * The disciplinary forms for a party member (Điều lệ Đảng; Quy định 69-QĐ/TW, 2022): reprimand, warning, dismissal
 * from a post, expulsion. A probationary member may only be reprimanded or warned.
 */
public enum DisciplineForm {
    REPRIMAND, WARNING, DISMISSAL, EXPULSION;

    /** Whether a probationary member may receive it. */
    public boolean forProbationary() {
        return this == REPRIMAND || this == WARNING;
    }
}
