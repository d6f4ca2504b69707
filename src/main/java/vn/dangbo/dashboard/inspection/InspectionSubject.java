package vn.dangbo.dashboard.inspection;

/** Whom the committee inspected or supervised: a cell, a subordinate party organisation, or a member. */
public enum InspectionSubject {
    CELL, UNIT, MEMBER
}
