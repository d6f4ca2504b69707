package vn.dangbo.dashboard.organisation;

/**
 * The committee scope every party record is read through: a Hibernate filter, on for every session, whose parameter
 * is the committee the current address names ({@link CommitteeScope}). A record is in scope when its committee is the
 * scoped one or lies under it (its communes, their partial committees), or — for a merged commune — when it came from
 * one of the former communes merged into it. Scope 0 (no address, a background job, a test) reads everything; the
 * scope of a committee the user may not see matches nothing. Conditions are written with {@code {alias}} so that
 * Hibernate does not qualify the subqueries' own columns.
 */
public final class ScopeFilter {
    public static final String NAME = "committeeScope";
    public static final String PARAMETER = "scope";

    /**
     * Whether committee {@code sc} is read in the scope: every committee in scope 0, otherwise the scoped one, one under
     * it (two levels: communes and their partial committees), or a former commune merged into it. Written as
     * correlated look-ups by primary key (EXISTS), which both databases answer through an index; nested IN lists are
     * re-read per row by H2.
     */
    private static final String COMMITTEE_IN_SCOPE = "(:scope = 0 or sc.id = :scope or sc.parent_id = :scope"
            + " or sc.merged_into_id = :scope"
            + " or exists (select 1 from party_committee sp where sp.id = sc.parent_id and sp.parent_id = :scope))";
    /** Whether cell {@code c} is read in the scope: its committee is, or it came from the scoped former commune. */
    private static final String CELL_IN_SCOPE = "(:scope = 0 or c.former_committee_id = :scope or exists (select 1"
            + " from party_committee sc where sc.id = c.committee_id and " + COMMITTEE_IN_SCOPE + "))";

    /**
     * A record that names its committee (terms, study campaigns, awards, hamlets, users). Scope 0 is tested first,
     * outside the look-up, because a user of the whole deployment names no committee.
     */
    public static final String BY_COMMITTEE = "(:scope = 0 or exists (select 1 from party_committee sc"
            + " where sc.id = {alias}.committee_id and " + COMMITTEE_IN_SCOPE + "))";
    /** A cell: of a committee in scope, or come from the former commune scoped. */
    public static final String CELL = "exists (select 1 from party_committee sc where sc.id = {alias}.committee_id and ("
            + "{alias}.former_committee_id = :scope or " + COMMITTEE_IN_SCOPE + "))";
    /*
     * The records of the large tables below are tested by one EXISTS and nothing beside it (scope 0 is tested inside):
     * PostgreSQL turns such a condition into a join planned with the rest of the query (a commune's ratings are read
     * from its cells' members, through the indexes), where an EXISTS beside an OR is run again for every row of the
     * table (0.6 s for one year's ratings at 150,000 members).
     */
    /** A record of a cell (members, cell ratings, meetings, candidates). */
    public static final String BY_CELL = "exists (select 1 from cell c where c.id = {alias}.cell_id and " + CELL_IN_SCOPE + ")";
    /** A record of a member (ratings, training, badges, discipline). */
    public static final String BY_MEMBER = "exists (select 1 from member m join cell c on c.id = m.cell_id"
            + " where m.id = {alias}.member_id and " + CELL_IN_SCOPE + ")";
    /** A record of a term (its targets). */
    public static final String BY_TERM = "exists (select 1 from term t join party_committee sc"
            + " on sc.id = t.committee_id where t.id = {alias}.term_id and " + COMMITTEE_IN_SCOPE + ")";
    /** A hamlet's yearly status. */
    public static final String BY_HAMLET = "exists (select 1 from hamlet h join party_committee sc"
            + " on sc.id = h.committee_id where h.id = {alias}.hamlet_id and " + COMMITTEE_IN_SCOPE + ")";

    private ScopeFilter() {
    }
}
