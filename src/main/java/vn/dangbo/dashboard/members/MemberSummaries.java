package vn.dangbo.dashboard.members;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.dangbo.dashboard.base.live.Topic;
import vn.dangbo.dashboard.organisation.CountsPerCommittee;
import vn.dangbo.dashboard.organisation.KeptCounts;

/**
 * The members counted per committee, year of admission, status, exemption and whether still in the party (table
 * {@code member_summary}), so that a province's views read a few thousand counts instead of 150,000 members: its
 * current members, per commune, and its admissions year by year. Kept in the transaction of every change to members
 * or the organisation, counted afresh at start ({@link KeptCounts}).
 */
@Component
class MemberSummaries {
    private final CountsPerCommittee counts;
    private final NamedParameterJdbcTemplate jdbc;

    MemberSummaries(NamedParameterJdbcTemplate jdbc, KeptCounts kept) {
        this.jdbc = jdbc;
        this.counts = kept.keep("member_summary", """
                insert into member_summary (committee_id, admission_year, status, exempt, in_party, members)
                select committee_id, extract(year from admission_date), status, exempt, left_date is null, count(*)
                from member""", false,
                "group by committee_id, extract(year from admission_date), status, exempt, left_date is null",
                EnumSet.of(Topic.MEMBERS, Topic.ORGANISATION));
    }

    /** The scope's current members: how many, how many probationary, how many exempt. */
    MembershipSummary current() {
        return jdbc.queryForObject("select coalesce(sum(members), 0), coalesce(sum(case when status = 'PROBATIONARY'"
                        + " then members else 0 end), 0), coalesce(sum(case when exempt then members else 0 end), 0)"
                        + " from member_summary where committee_id in (:scope) and in_party",
                counts.scope(), (rs, i) -> new MembershipSummary(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
    }

    /** Current members per committee of the scope that has any. */
    Map<Long, Long> currentByCommittee() {
        Map<Long, Long> byCommittee = new HashMap<>();
        jdbc.query("select committee_id, sum(members) from member_summary where committee_id in (:scope) and in_party"
                + " group by committee_id", counts.scope(), rs -> {
                    byCommittee.put(rs.getLong(1), rs.getLong(2));
                });
        return byCommittee;
    }

    /** Members admitted (whether still in the party or not) per year from first to last, in the scope. */
    List<YearCount> admittedByYear(int first, int last) {
        return jdbc.query("select admission_year, sum(members) from member_summary where committee_id in (:scope)"
                        + " and admission_year between :first and :last group by admission_year",
                counts.scope().addValue("first", first).addValue("last", last),
                (rs, i) -> new YearCount(rs.getInt(1), rs.getLong(2)));
    }
}
