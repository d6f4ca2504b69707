package vn.dangbo.dashboard.statistics;

/**
 * What a figure of a form counts: the rows of one table (with what they hang on, for the names behind a figure), the
 * condition that keeps them to the committees in scope, the column naming each row's committee (for the figures of a
 * province's communes), and the three columns that list a row behind a figure: a code, a name and where it belongs.
 * Every part is written here, in code; nothing in it comes from outside.
 */
enum Source {
    MEMBER("member m join cell c on c.id = m.cell_id" + Source.COMMUNE, "m.committee_id", "m.code, m.full_name, c.name",
            "m.full_name, m.code", Behind.Kind.MEMBER),
    /** A member with their rating of the report year, if any ({@code x}: null columns when none). */
    MEMBER_RATED("member m join cell c on c.id = m.cell_id left join member_rating x on x.member_id = m.id"
            + " and x.rating_year = :year", "m.committee_id", "m.code, m.full_name, c.name", "m.full_name, m.code",
            Behind.Kind.MEMBER),
    MEMBER_RATING("member_rating x join member m on m.id = x.member_id join cell c on c.id = m.cell_id", "x.committee_id",
            "m.code, m.full_name, c.name", "m.full_name, m.code", Behind.Kind.MEMBER),
    BADGE("party_badge x join member m on m.id = x.member_id join cell c on c.id = m.cell_id", "x.committee_id",
            "m.code, m.full_name, c.name", "m.full_name, m.code", Behind.Kind.MEMBER),
    CARD("party_card x join member m on m.id = x.member_id join cell c on c.id = m.cell_id", "x.committee_id",
            "m.code, m.full_name, c.name", "m.full_name, m.code", Behind.Kind.MEMBER),
    DISCIPLINE("discipline x join member m on m.id = x.member_id join cell c on c.id = m.cell_id", "x.committee_id",
            "m.code, m.full_name, c.name", "m.full_name, m.code", Behind.Kind.MEMBER),
    TEMPORARY("temporary_transfer x", "x.committee_id", "'', x.full_name, coalesce(x.place, '')", "x.full_name",
            Behind.Kind.PERSON),
    AWARD("award x", "x.committee_id", "'', x.title, x.awarded_by", "x.title", Behind.Kind.AWARD),
    CELL("cell c" + Source.COMMUNE, "coalesce(c.former_committee_id, c.committee_id)", "c.code, c.name, ''", "c.name", Behind.Kind.CELL),
    CELL_RATING("cell_rating x join cell c on c.id = x.cell_id", "x.committee_id", "c.code, c.name, ''", "c.name",
            Behind.Kind.CELL),
    COMMITTEE("party_committee p", "p.id", "coalesce(p.code, ''), p.name, ''", "p.name", Behind.Kind.COMMITTEE),
    COMMITTEE_RATING("committee_rating x join party_committee p on p.id = x.committee_id", "x.committee_id",
            "coalesce(p.code, ''), p.name, coalesce(x.rated_by, '')", "p.name", Behind.Kind.COMMITTEE);

    /**
     * The committee {@code k} a cell {@code c} is under and, when that is a partial committee, the commune {@code kp}
     * above it: joined once rather than looked up for every row ({@link OrganisationForms#WARD_OF_CELL}).
     */
    private static final String COMMUNE = " join party_committee k on k.id = c.committee_id"
            + " left join party_committee kp on kp.id = k.parent_id and k.org_level = 'PARTIAL'";

    private final String from;
    private final String committee;
    private final String listing;
    private final String order;
    private final Behind.Kind kind;

    Source(String from, String committee, String listing, String order, Behind.Kind kind) {
        this.from = from;
        this.committee = committee;
        this.listing = listing;
        this.order = order;
        this.kind = kind;
    }

    String from() {
        return from;
    }

    /** The committee a row belongs to, as SQL: what the scope's list is matched against. */
    String committee() {
        return committee;
    }

    String listing() {
        return listing;
    }

    String order() {
        return order;
    }

    Behind.Kind kind() {
        return kind;
    }
}
