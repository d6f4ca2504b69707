package vn.dangbo.dashboard.organisation;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.dangbo.dashboard.base.live.DataChanged;
import vn.dangbo.dashboard.base.live.Topic;

/**
 * A table of counts kept per committee (a feature's summary: its rows counted by committee, year and what the views
 * group by), so that a view over a province's 150 communes reads a few thousand counts instead of every row. Made and
 * kept by {@link KeptCounts}: before a change commits, in its transaction, the committees of its scope are counted
 * again from the rows themselves (a commune: milliseconds); a change made with no scope counts every committee, and
 * so does the start-up (after the demo data, a migration, or rows written outside the services). Read with the
 * scope's committees ({@link #scope()}), as every party record is.
 */
public final class CountsPerCommittee {
    private final String table;
    private final String insert;
    private final String group;
    private final Set<Topic> topics;
    private final NamedParameterJdbcTemplate jdbc;
    private final EntityManager entities;
    private final CommitteeDirectory directory;

    /**
     * @param table  the table of counts, with a {@code committee_id} column
     * @param insert {@code insert into <table> (...) select committee_id, ..., count(*) from <rows>} (with a WHERE
     *               for the rows counted, or none)
     * @param where  whether {@code insert} already has a WHERE (the committees are then added with AND)
     * @param group  the GROUP BY that ends the statement
     * @param topics the changes that can move the counts
     */
    CountsPerCommittee(String table, String insert, boolean where, String group, Set<Topic> topics,
                              NamedParameterJdbcTemplate jdbc, EntityManager entities, CommitteeDirectory directory) {
        this.table = table;
        this.insert = insert + (where ? " and " : " where ");
        this.group = " " + group;
        this.topics = Set.copyOf(topics);
        this.jdbc = jdbc;
        this.entities = entities;
        this.directory = directory;
    }

    /**
     * Counts the changed committees again, when the change concerns these counts: the committee the change names (a
     * commune's file imported at a province's page), else the scope's.
     */
    void recountFor(DataChanged change) {
        if (!change.concerns(topics)) {
            return;
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            entities.flush();
        }
        long scope = change.committee() != null ? change.committee() : CommitteeScope.currentId();
        if (scope == CommitteeScope.UNSET) {
            recountAll();
        } else {
            recount(directory.covered(scope));
        }
    }

    /** Counts every committee again. */
    void recountAll() {
        jdbc.update("delete from " + table, new MapSqlParameterSource());
        jdbc.update(insert + "1 = 1" + group, new MapSqlParameterSource());
    }

    private void recount(List<Long> committees) {
        MapSqlParameterSource scope = new MapSqlParameterSource("committees", committees);
        jdbc.update("delete from " + table + " where committee_id in (:committees)", scope);
        jdbc.update(insert + "committee_id in (:committees)" + group, scope);
    }

    /** The parameter {@code :scope}: the committees the current scope reads (none for no scope). */
    public MapSqlParameterSource scope() {
        return new MapSqlParameterSource("scope", directory.covered(CommitteeScope.currentId()));
    }
}
