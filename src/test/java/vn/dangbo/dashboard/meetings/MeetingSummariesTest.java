package vn.dangbo.dashboard.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.CountedAfresh;
import vn.dangbo.dashboard.SeedDatabaseTest;
import vn.dangbo.dashboard.base.table.Table;
import vn.dangbo.dashboard.base.table.TableFiles;
import vn.dangbo.dashboard.organisation.CommitteeScope;
import vn.dangbo.dashboard.organisation.KeptCounts;
import vn.dangbo.dashboard.transfer.ImportService;
import vn.dangbo.dashboard.transfer.ImportSheet;

/**
 * The regular meetings counted per committee and day are always what counting the meetings afresh gives: at start,
 * after the office records meetings on the commune's pages, after an import; a thematic meeting is not counted.
 */
@SeedDatabaseTest
class MeetingSummariesTest {
    @Autowired MeetingService meetings;
    @Autowired KeptCounts kept;
    @Autowired ImportService imports;
    @Autowired JdbcTemplate jdbc;

    /** Other tests of this database write rows directly, as a tool outside the services would: counted again, as at start. */
    @BeforeEach
    void countedAsAtStart() {
        kept.countAllAfresh();
    }

    @AfterEach
    void removeTheTestMeetings() {
        jdbc.update("delete from cell_meeting where extract(year from meeting_date) = 2013");
        kept.countAllAfresh();
    }

    private void assertKeptAsCountedAfresh(String after) {
        CountedAfresh.MEETINGS.assertCountedAfresh(jdbc, after);
    }

    private long commune() {
        return jdbc.queryForObject("select id from party_committee where code = 'hai-nam'", Long.class);
    }

    @Test
    void the_counts_kept_are_the_meetings_counted_afresh_after_the_office_records_meetings() {
        assertKeptAsCountedAfresh("a count at start");

        CommitteeScope.run(commune(), () -> {
            meetings.recordMeeting("X01", LocalDate.of(2013, 3, 5), MeetingKind.REGULAR, 18, 20, MeetingGrade.GOOD);
            meetings.recordMeeting("X02", LocalDate.of(2013, 3, 5), MeetingKind.REGULAR, 15, 20, MeetingGrade.FAIR);
            meetings.recordMeeting("X01", LocalDate.of(2013, 3, 20), MeetingKind.THEMATIC, 19, 20, MeetingGrade.GOOD);
        });

        assertKeptAsCountedAfresh("three meetings recorded");
        assertThat(jdbc.queryForList("select meetings, present, required from meeting_summary where meeting_year = 2013"))
                .as("the two regular meetings of 5/3, not the thematic one").hasSize(1).first()
                .satisfies(row -> assertThat(row.values()).containsExactly(2L, 33L, 40L));
    }

    @Test
    void the_counts_kept_are_the_meetings_counted_afresh_after_an_import() {
        Table sheet = new Table(ImportSheet.MEETINGS.title(), ImportSheet.MEETINGS.columns(), List.of(
                List.of("X01", "07/04/2013", "Thường kỳ", 17L, 20L, "Tốt"),
                List.of("X03", "07/04/2013", "Thường kỳ", 12L, 16L, "Khá"),
                List.of("X03", "09/05/2013", "Thường kỳ", 14L, 16L, "Tốt")));

        CommitteeScope.run(commune(), () -> imports.importFile(TableFiles.xlsx(List.of(sheet)), "sinh-hoat-2013.xlsx"));

        assertKeptAsCountedAfresh("the import");
        assertThat(jdbc.queryForObject("select sum(meetings) from meeting_summary where meeting_year = 2013", Long.class))
                .isEqualTo(3);
    }
}
