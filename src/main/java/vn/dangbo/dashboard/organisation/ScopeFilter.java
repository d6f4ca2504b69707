package vn.dangbo.dashboard.organisation;

/**
 * The committee scope every party record is read through: a Hibernate filter, on for every session, whose parameter
 * is the list of committees the current scope covers ({@link ScopeResolver}, from the committee tree). Every party
 * table carries the committee its row belongs to ({@link CommitteeColumns}), so the condition is one indexed
 * {@code IN}; no scope reads nothing. Hibernate's filter rather than {@code @TenantId}: a page reads several committees
 * at once (a province its communes, a merged commune its former communes), which a single tenant id cannot say, and
 * plain predicates in every query would be one forgotten condition away from a leak.
 */
public final class ScopeFilter {
    public static final String NAME = "committeeScope";
    public static final String PARAMETER = "scope";

    /** A record of a committee in scope: every party table but the cells and the accounts. */
    public static final String BY_COMMITTEE = "{alias}.committee_id in (:scope)";
    /** A cell: its most specific committee (the former commune it came from, else its own) is in scope. */
    public static final String CELL = "coalesce({alias}.former_committee_id, {alias}.committee_id) in (:scope)";
    /**
     * An account: granted a committee in scope; one granted no committee (the whole deployment) only where every
     * committee is, whose list holds {@link CommitteeDirectory#WHOLE_DEPLOYMENT}.
     */
    public static final String ACCOUNT = "coalesce({alias}.committee_id, 0) in (:scope)";

    private ScopeFilter() {
    }
}
