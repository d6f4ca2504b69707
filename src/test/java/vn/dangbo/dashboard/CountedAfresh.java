package vn.dangbo.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** The check of a table of counts kept per committee: its rows are what counting the records afresh gives. */
public final class CountedAfresh {
    /** The member ratings counted per committee, year and outcome: kept, and afresh. */
    public static final Counts RATINGS = new Counts("""
            select committee_id, rating_year, level, not_rated_reason, members from member_rating_summary
            order by 1, 2, 3, 4""", """
            select committee_id, rating_year, coalesce(level, ''), coalesce(not_rated_reason, ''), count(*)
            from member_rating group by committee_id, rating_year, coalesce(level, ''), coalesce(not_rated_reason, '')
            order by 1, 2, 3, 4""");
    /** The regular meetings counted per committee and day. */
    public static final Counts MEETINGS = new Counts("""
            select committee_id, meeting_year, meeting_month, meeting_day, meetings, present, required
            from meeting_summary order by 1, 2, 3, 4""", """
            select committee_id, extract(year from meeting_date), extract(month from meeting_date),
                   extract(day from meeting_date), count(*), sum(present), sum(required)
            from cell_meeting where kind = 'REGULAR'
            group by committee_id, extract(year from meeting_date), extract(month from meeting_date),
                     extract(day from meeting_date)
            order by 1, 2, 3, 4""");
    /** The members counted per committee, year of admission, status, exemption and whether in the party. */
    public static final Counts MEMBERS = new Counts("""
            select committee_id, admission_year, status, exempt, in_party, members from member_summary
            order by 1, 2, 3, 4, 5""", """
            select committee_id, extract(year from admission_date), status, exempt, left_date is null, count(*)
            from member group by committee_id, extract(year from admission_date), status, exempt, left_date is null
            order by 1, 2, 3, 4, 5""");

    /** A table of counts as kept, and the same counted afresh from the records, in the same order. */
    public record Counts(String kept, String fresh) {
        /** The kept counts equal the fresh count, and are some. */
        public void assertCountedAfresh(JdbcTemplate jdbc, String after) {
            assertThat(rows(jdbc, kept)).as("the counts kept after %s", after).isNotEmpty().isEqualTo(rows(jdbc, fresh));
        }
    }

    private CountedAfresh() {
    }

    /** A query's rows, numbers as whole numbers and the rest as text, whatever types the database gives. */
    public static List<List<String>> rows(JdbcTemplate jdbc, String sql) {
        return jdbc.query(sql, (rs, i) -> {
            List<String> row = new ArrayList<>();
            for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
                Object value = rs.getObject(column);
                row.add(value instanceof Number number ? String.valueOf(number.longValue()) : String.valueOf(value));
            }
            return row;
        });
    }

}
