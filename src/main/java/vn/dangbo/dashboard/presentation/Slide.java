package vn.dangbo.dashboard.presentation;

/** The slides of a term presentation, in their default order. None of them shows a member's name. */
public enum Slide {
    TITLE, BRIEF, TARGETS, MEMBERSHIP, RECRUITMENT, RATINGS, CELLS, TRAININGS, AWARDS, BADGES, CLOSING
}
