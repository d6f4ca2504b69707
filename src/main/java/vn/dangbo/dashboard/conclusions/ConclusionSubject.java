package vn.dangbo.dashboard.conclusions;

/** What a conclusion is about: a figure on a page (a card), a cell, or the meeting as a whole. */
public enum ConclusionSubject {
    FIGURE, CELL, MEETING;

    /** The subject key of a conclusion on the meeting as a whole. */
    public static final String WHOLE_MEETING = "cuoc-hop";
}
