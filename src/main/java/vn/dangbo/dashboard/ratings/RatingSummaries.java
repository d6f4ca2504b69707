package vn.dangbo.dashboard.ratings;

import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.dangbo.dashboard.base.live.Topic;
import vn.dangbo.dashboard.organisation.CountsPerCommittee;
import vn.dangbo.dashboard.organisation.KeptCounts;

/**
 * The member ratings counted per committee, year and outcome (table {@code member_rating_summary}), so that a view over
 * a province's 150 communes reads a few thousand counts instead of 700,000 ratings; kept in the transaction of every
 * change that can move a rating (ratings, members, the organisation: an import, an edit, a deletion) and counted
 * afresh at start ({@link KeptCounts}).
 */
@Component
class RatingSummaries {
    private final CountsPerCommittee counts;
    private final NamedParameterJdbcTemplate jdbc;

    RatingSummaries(NamedParameterJdbcTemplate jdbc, KeptCounts kept) {
        this.jdbc = jdbc;
        this.counts = kept.keep("member_rating_summary", """
                insert into member_rating_summary (committee_id, rating_year, level, not_rated_reason, members)
                select committee_id, rating_year, coalesce(level, ''), coalesce(not_rated_reason, ''), count(*)
                from member_rating""", false,
                "group by committee_id, rating_year, coalesce(level, ''), coalesce(not_rated_reason, '')",
                EnumSet.of(Topic.RATINGS, Topic.MEMBERS, Topic.ORGANISATION));
    }

    /** A year's counts per committee of the scope and outcome. */
    List<CommitteeRatingCount> byCommittee(int year) {
        return jdbc.query("select committee_id, level, not_rated_reason, sum(members) from member_rating_summary"
                        + " where committee_id in (:scope) and rating_year = :year group by committee_id, level, not_rated_reason",
                counts.scope().addValue("year", year), (rs, i) -> new CommitteeRatingCount(rs.getLong(1),
                        level(rs.getString(2)), reason(rs.getString(3)), rs.getLong(4)));
    }

    /** The scope's counts per year and outcome, for the years from first to last. */
    List<YearRatingCount> byYear(int first, int last) {
        return jdbc.query("select rating_year, level, not_rated_reason, sum(members) from member_rating_summary"
                        + " where committee_id in (:scope) and rating_year between :first and :last"
                        + " group by rating_year, level, not_rated_reason",
                counts.scope().addValue("first", first).addValue("last", last), (rs, i) -> new YearRatingCount(rs.getInt(1),
                        level(rs.getString(2)), reason(rs.getString(3)), rs.getLong(4)));
    }

    private static @Nullable RatingLevel level(String name) {
        return name.isEmpty() ? null : RatingLevel.valueOf(name);
    }

    private static @Nullable NotRatedReason reason(String name) {
        return name.isEmpty() ? null : NotRatedReason.valueOf(name);
    }
}
