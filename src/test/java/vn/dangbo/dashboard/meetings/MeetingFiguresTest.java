package vn.dangbo.dashboard.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.SeedDatabaseTest;
import vn.dangbo.dashboard.organisation.OrganisationService;
import vn.dangbo.dashboard.organisation.TermPeriod;

/** The study participation and the usual meeting day are computed from the records: change them and they follow. */
@SeedDatabaseTest
class MeetingFiguresTest {
    @Autowired MeetingService meetings;
    @Autowired OrganisationService organisation;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void removeWhatTheTestsAdded() {
        jdbc.update("delete from study_campaign where resolution like 'TEST%'");
    }

    private TermPeriod term() {
        return organisation.currentTerm().orElseThrow();
    }

    @Test
    void a_campaign_studied_by_half_its_members_lowers_the_lowest_participation_to_half() {
        var before = meetings.studyParticipation(term());
        jdbc.update("insert into study_campaign (committee_id, resolution, study_year, took_part, required) "
                + "select id, 'TEST Nghị quyết thử', 2019, 250, 500 from party_committee");

        var after = meetings.studyParticipation(term());

        assertThat(after.lowest()).isEqualTo(0.5);
        assertThat(after.highest()).isEqualTo(before.highest());
        assertThat(after.campaigns()).isEqualTo(before.campaigns() + 1);
    }

    @Test
    void moving_the_regular_meetings_to_another_day_moves_the_usual_meeting_day() {
        int usual = meetings.usualMeetingDay(term()).orElseThrow();
        List<Object[]> moved = jdbc.query("select id, meeting_date from cell_meeting where kind = 'REGULAR'",
                (rs, n) -> new Object[] {rs.getLong(1), rs.getDate(2).toLocalDate()});
        try {
            moved.stream().filter(m -> ((java.time.LocalDate) m[1]).getDayOfMonth() == usual).forEach(m -> jdbc.update(
                    "update cell_meeting set meeting_date = ? where id = ?",
                    Date.valueOf(((java.time.LocalDate) m[1]).withDayOfMonth(26)), m[0]));

            assertThat(meetings.usualMeetingDay(term())).hasValue(26);
        } finally {
            moved.forEach(m -> jdbc.update("update cell_meeting set meeting_date = ? where id = ?",
                    Date.valueOf((java.time.LocalDate) m[1]), m[0]));
        }
        assertThat(meetings.usualMeetingDay(term())).hasValue(usual);
    }
}
