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

    /**
     * Which way a change in the number at this level is better: 1 a rise (HTXS, HTT), -1 a fall (KHTNV), 0 neither
     * (HTNV: more of them is fewer at HTT or fewer failing).
     */
    public int betterWhen() {
        return switch (this) {
            case OUTSTANDING, GOOD -> 1;
            case FAILED -> -1;
            case SATISFACTORY -> 0;
        };
    }

    /** Whether this level counts towards "HTT trở lên" (good or above). */
    public boolean goodOrAbove() {
        return this == OUTSTANDING || this == GOOD;
    }
}
