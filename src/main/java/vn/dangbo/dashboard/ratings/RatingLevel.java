package vn.dangbo.dashboard.ratings;

/**
 * The four levels used for members and cells since 2018 (HTXSNV, HTTNV, HTNV, KHTNV), best first.
 * Years before 2018 used other names; their data are stored mapped onto these.
 */
public enum RatingLevel {
    OUTSTANDING, GOOD, SATISFACTORY, FAILED;

    /** Whether this level counts towards "completed the tasks" (HTNV or above). */
    public boolean completed() {
        return this != FAILED;
    }

    /** Whether this level counts towards "HTT trở lên" (good or above). */
    public boolean goodOrAbove() {
        return this == OUTSTANDING || this == GOOD;
    }
}
