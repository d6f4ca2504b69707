package vn.dangbo.dashboard.meetings;

import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.dangbo.dashboard.base.live.Topic;
import vn.dangbo.dashboard.organisation.CountsPerCommittee;
import vn.dangbo.dashboard.organisation.KeptCounts;

/**
 * The cells' regular meetings counted per committee and day (table {@code meeting_summary}: meetings held, members
 * present and required), so that a province's views read a few thousand rows instead of 360,000 meetings: the
 * attendance per commune, month by month, and the usual meeting day. Kept in the transaction of every change to
 * meetings or the organisation, counted afresh at start ({@link KeptCounts}).
 */
@Component
class MeetingSummaries {
    private final CountsPerCommittee counts;
    private final NamedParameterJdbcTemplate jdbc;

    MeetingSummaries(NamedParameterJdbcTemplate jdbc, KeptCounts kept) {
        this.jdbc = jdbc;
        this.counts = kept.keep("meeting_summary", """
                insert into meeting_summary (committee_id, meeting_year, meeting_month, meeting_day, meetings, present,
                    required)
                select committee_id, extract(year from meeting_date), extract(month from meeting_date),
                    extract(day from meeting_date), count(*), sum(present), sum(required)
                from cell_meeting where kind = 'REGULAR'""", true,
                "group by committee_id, extract(year from meeting_date), extract(month from meeting_date),"
                        + " extract(day from meeting_date)",
                EnumSet.of(Topic.MEETINGS, Topic.ORGANISATION));
    }

    /** A year's regular meetings' attendance per committee of the scope that held any. */
    List<CommitteeAttendance> attendanceByCommittee(int year) {
        return jdbc.query("select committee_id, sum(present), sum(required) from meeting_summary"
                        + " where committee_id in (:scope) and meeting_year = :year group by committee_id",
                counts.scope().addValue("year", year),
                (rs, i) -> new CommitteeAttendance(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
    }

    /** A year's regular meetings month by month in the scope. */
    List<MonthlyAttendance> attendanceByMonth(int year) {
        return jdbc.query("select meeting_month, sum(meetings), sum(present), sum(required) from meeting_summary"
                        + " where committee_id in (:scope) and meeting_year = :year group by meeting_month order by meeting_month",
                counts.scope().addValue("year", year),
                (rs, i) -> new MonthlyAttendance(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
    }

    /** The day of the month most regular meetings were held on in the years from first to last (the earliest of equals). */
    OptionalInt usualDay(int first, int last) {
        return jdbc.query("select meeting_day from meeting_summary where committee_id in (:scope)"
                        + " and meeting_year between :first and :last group by meeting_day"
                        + " order by sum(meetings) desc, meeting_day fetch first 1 rows only",
                counts.scope().addValue("first", first).addValue("last", last), (rs, i) -> rs.getInt(1))
                .stream().mapToInt(Integer::intValue).findFirst();
    }
}
