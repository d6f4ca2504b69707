package vn.dangbo.dashboard.statistics;

/**
 * One of the records behind a figure: a member (code, name, cell), a cell, a committee, a person received or sent on a
 * temporary transfer, or an award. Shown as text, never as markup.
 */
public record Behind(Kind kind, String code, String name, String where) {

    public enum Kind {
        MEMBER, CELL, COMMITTEE, PERSON, AWARD
    }
}
