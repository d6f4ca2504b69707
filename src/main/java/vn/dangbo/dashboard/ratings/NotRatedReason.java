package vn.dangbo.dashboard.ratings;

/** Why a member was in the headcount but not rated that year. */
public enum NotRatedReason {
    EXEMPT, SUSPENDED, ADMITTED_UNDER_SIX_MONTHS, OTHER
}
