package vn.dangbo.dashboard.statistics;

/**
 * The members a form counts, as SQL over the member {@code m} and the report year's bounds ({@code :from}, the year's
 * first day; {@code :to}, the next year's): the list at the start and at the end of the year, and the ways in and
 * out during it. A member comes in on the day their membership was restored, else the day they transferred in, else
 * the day they were admitted; so the ways in partition the year's arrivals and D = A + B − C holds by construction
 * (docs/STATISTICS.md).
 */
final class Populations {
    static final String ENTRY = "coalesce(m.restored_date, m.transferred_in_date, m.admission_date)";
    /** In the list on the last day of the year (Biểu 1, row D; the profile forms 3 and 4). */
    static final String AT_END = ENTRY + " < :to and (m.left_date is null or m.left_date >= :to)";
    /** In the list on the first day of the year (row A: brought forward). */
    static final String AT_START = ENTRY + " < :from and (m.left_date is null or m.left_date >= :from)";
    static final String CAME_IN = ENTRY + " >= :from and " + ENTRY + " < :to";
    /** Admitted here during the year (not transferred in, not restored): the year's new members (Biểu 2). */
    static final String ADMITTED = "m.restored_date is null and m.transferred_in_date is null"
            + " and m.admission_date >= :from and m.admission_date < :to";
    static final String TRANSFERRED_IN = "m.restored_date is null and m.transferred_in_date >= :from and m.transferred_in_date < :to";
    static final String RESTORED = "m.restored_date >= :from and m.restored_date < :to";
    static final String LEFT = "m.left_date >= :from and m.left_date < :to";
    /** The age reached in the report year: the age on 31/12, whatever the day of birth. */
    static final String AGE = "(:year - m.birth_year)";
    static final String FEMALE = "m.gender = 'FEMALE'";

    private Populations() {
    }

    static String left(String reason) {
        return LEFT + " and m.left_reason = '" + reason + "'";
    }
}
