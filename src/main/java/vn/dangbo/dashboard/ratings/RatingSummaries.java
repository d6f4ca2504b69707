package vn.dangbo.dashboard.ratings;

import jakarta.persistence.EntityManager;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dangbo.dashboard.base.live.DataChanged;
import vn.dangbo.dashboard.base.live.Topic;
import vn.dangbo.dashboard.organisation.CommitteeDirectory;
import vn.dangbo.dashboard.organisation.CommitteeScope;

/**
 * The member ratings counted per committee, year and outcome (table {@code member_rating_summary}), so that a view over
 * a province's 150 communes reads a few thousand counts instead of 700,000 ratings. Kept up to date in the transaction
 * of every change that can move a rating (ratings, members, the organisation; an import, an edit, a deletion): before
 * it commits, the committees of its scope are counted again from the ratings themselves (a commune: tens of
 * milliseconds); a change made with no scope counts every committee. At start-up (after the demo data, after a
 * migration) every committee is counted. Read with the scope's committees, as every party record is.
 */
@Component
class RatingSummaries {
    private static final Set<Topic> MOVING_RATINGS = EnumSet.of(Topic.RATINGS, Topic.MEMBERS, Topic.ORGANISATION);
    private static final String COUNT = "select committee_id, rating_year, coalesce(level, ''), coalesce(not_rated_reason, ''),"
            + " count(*) from member_rating";
    private static final String GROUP = " group by committee_id, rating_year, coalesce(level, ''), coalesce(not_rated_reason, '')";
    private static final String INSERT = "insert into member_rating_summary (committee_id, rating_year, level, not_rated_reason,"
            + " members) ";

    private final NamedParameterJdbcTemplate jdbc;
    private final EntityManager entities;
    private final CommitteeDirectory directory;
    private final TransactionTemplate transactions;

    RatingSummaries(NamedParameterJdbcTemplate jdbc, EntityManager entities, CommitteeDirectory directory,
                    PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.entities = entities;
        this.directory = directory;
        this.transactions = new TransactionTemplate(transactions);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void recount(DataChanged change) {
        if (!change.concerns(MOVING_RATINGS)) {
            return;
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            entities.flush();
        }
        long scope = CommitteeScope.currentId();
        if (scope == CommitteeScope.UNSET) {
            recountAll();
        } else {
            recount(directory.covered(scope));
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void countAllAtStart() {
        transactions.executeWithoutResult(status -> recountAll());
    }

    /** Counts every committee again (also for data written outside the services, e.g. a demo load). */
    void recountAll() {
        jdbc.update("delete from member_rating_summary", new MapSqlParameterSource());
        jdbc.update(INSERT + COUNT + GROUP, new MapSqlParameterSource());
    }

    private void recount(List<Long> committees) {
        MapSqlParameterSource scope = new MapSqlParameterSource("committees", committees);
        jdbc.update("delete from member_rating_summary where committee_id in (:committees)", scope);
        jdbc.update(INSERT + COUNT + " where committee_id in (:committees)" + GROUP, scope);
    }

    /** A year's counts per committee of the scope and outcome. */
    List<CommitteeRatingCount> byCommittee(int year) {
        return jdbc.query("select committee_id, level, not_rated_reason, sum(members) from member_rating_summary"
                        + " where committee_id in (:scope) and rating_year = :year group by committee_id, level, not_rated_reason",
                scope().addValue("year", year), (rs, i) -> new CommitteeRatingCount(rs.getLong(1), level(rs.getString(2)),
                        reason(rs.getString(3)), rs.getLong(4)));
    }

    /** The scope's counts per year and outcome, for the years from first to last. */
    List<YearRatingCount> byYear(int first, int last) {
        return jdbc.query("select rating_year, level, not_rated_reason, sum(members) from member_rating_summary"
                        + " where committee_id in (:scope) and rating_year between :first and :last"
                        + " group by rating_year, level, not_rated_reason",
                scope().addValue("first", first).addValue("last", last), (rs, i) -> new YearRatingCount(rs.getInt(1),
                        level(rs.getString(2)), reason(rs.getString(3)), rs.getLong(4)));
    }

    private MapSqlParameterSource scope() {
        return new MapSqlParameterSource("scope", directory.covered(CommitteeScope.currentId()));
    }

    private static RatingLevel level(String name) {
        return name.isEmpty() ? null : RatingLevel.valueOf(name);
    }

    private static NotRatedReason reason(String name) {
        return name.isEmpty() ? null : NotRatedReason.valueOf(name);
    }
}
