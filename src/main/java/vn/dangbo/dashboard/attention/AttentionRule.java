package vn.dangbo.dashboard.attention;

/**
 * What the party's practice checks before a committee's monthly meeting, one constant a rule. Each has its title
 * ({@code attention.rule.*}) and its source in the party's rules ({@code attention.source.*}) in the bundles; the
 * thresholds are in {@link AttentionRules}. Listed in the order the page shows them: the cells' meetings, then the
 * members, then the year's ratings, the badges and the candidates.
 */
public enum AttentionRule {
    /** No record of any meeting for two months running: the office has not kept the cell's data. */
    DATA_NOT_KEPT,
    /** No regular meeting (sinh hoạt thường kỳ) in the month. */
    NO_REGULAR_MEETING,
    /** A regular meeting in the month at or below the attendance standard. */
    LOW_ATTENDANCE,
    /** No thematic meeting (sinh hoạt chuyên đề) in the quarter, checked in its last month. */
    NO_THEMATIC_MEETING,
    /** Probation ended and the member is still probationary: the cell has not considered full membership. */
    PROBATION_OVERDUE,
    /** Probation ends within the notice period: the cell must consider full membership. */
    PROBATION_ENDING,
    /** Current members with nothing recorded for a year whose rating has closed. */
    UNRATED,
    /** Members disciplined during the year yet rated above KHTNV. */
    DISCIPLINED_RATED_ABOVE_FAILED,
    /** More members rated HTXS than the quota allows. */
    OUTSTANDING_QUOTA,
    /** A cell rated HTXS whose members do not allow it. */
    OUTSTANDING_CELL,
    /** Members due a badge at the next round who have not received it yet. */
    BADGES_DUE,
    /** Candidates at the same stage of the pipeline for longer than usual. */
    CANDIDATE_STALLED;

    public String titleKey() {
        return "attention.rule." + name();
    }

    public String sourceKey() {
        return "attention.source." + name();
    }
}
