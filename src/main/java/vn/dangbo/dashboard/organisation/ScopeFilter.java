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
     * Whether committee {@code sc} is read in the scope: it is the scoped one, lies under it (two levels: communes and
     * their partial committees), or is a former commune merged into it. Written as correlated look-ups by primary key
     * (EXISTS), which both databases answer row by row through an index; nested IN lists are re-read per row by H2.
     */
    private static final String COMMITTEE_IN_SCOPE = "(sc.id = :scope or sc.parent_id = :scope or sc.merged_into_id = :scope"
            + " or exists (select 1 from party_committee sp where sp.id = sc.parent_id and sp.parent_id = :scope))";
    /** Whether cell {@code c} is read in the scope: its committee is, or it came from the scoped former commune. */
    private static final String CELL_IN_SCOPE = "(c.former_committee_id = :scope or exists (select 1 from party_committee sc"
            + " where sc.id = c.committee_id and " + COMMITTEE_IN_SCOPE + "))";

    /** A record that names its committee (terms, study campaigns, awards, hamlets, users). */
    public static final String BY_COMMITTEE = "(:scope = 0 or exists (select 1 from party_committee sc"
            + " where sc.id = {alias}.committee_id and " + COMMITTEE_IN_SCOPE + "))";
    /** A cell: of a committee in scope, or come from the former commune scoped. */
    public static final String CELL = "(:scope = 0 or {alias}.former_committee_id = :scope or exists (select 1"
            + " from party_committee sc where sc.id = {alias}.committee_id and " + COMMITTEE_IN_SCOPE + "))";
    /** A record of a cell (members, cell ratings, meetings, candidates). */
    public static final String BY_CELL = "(:scope = 0 or exists (select 1 from cell c where c.id = {alias}.cell_id and "
            + CELL_IN_SCOPE + "))";
    /** A record of a member (ratings, training, badges, discipline). */
    public static final String BY_MEMBER = "(:scope = 0 or exists (select 1 from member m join cell c on c.id = m.cell_id"
            + " where m.id = {alias}.member_id and " + CELL_IN_SCOPE + "))";
    /** A record of a term (its targets). */
    public static final String BY_TERM = "(:scope = 0 or exists (select 1 from term t join party_committee sc"
            + " on sc.id = t.committee_id where t.id = {alias}.term_id and " + COMMITTEE_IN_SCOPE + "))";
    /** A hamlet's yearly status. */
    public static final String BY_HAMLET = "(:scope = 0 or exists (select 1 from hamlet h join party_committee sc"
            + " on sc.id = h.committee_id where h.id = {alias}.hamlet_id and " + COMMITTEE_IN_SCOPE + "))";

    private ScopeFilter() {
    }
}
