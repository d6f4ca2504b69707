package vn.dangbo.dashboard.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.SeedDatabaseTest;
import vn.dangbo.dashboard.organisation.OrganisationService;

/** The term's trainings by programme are counted from the records: one more is one more. */
@SeedDatabaseTest
class TrainingFiguresTest {
    @Autowired TrainingService trainings;
    @Autowired OrganisationService organisation;
    @Autowired JdbcTemplate jdbc;

    private long untrained;

    @org.junit.jupiter.api.BeforeEach
    void aMemberWithoutTraining() {
        untrained = jdbc.queryForObject("select min(id) from member where id not in (select member_id from training)",
                Long.class);
    }

    @AfterEach
    void removeTheTraining() {
        jdbc.update("delete from training where member_id = ?", untrained);
    }

    @Test
    void a_university_course_started_in_the_term_is_counted_with_the_others() {
        var term = organisation.currentTerm().orElseThrow();
        long before = count(term);
        jdbc.update("insert into training (member_id, programme, start_year) values (?, 'UNIVERSITY', 2017)", untrained);
        vn.dangbo.dashboard.organisation.CommitteeColumns.fillNew(jdbc);

        assertThat(count(term)).isEqualTo(before + 1);
    }

    private long count(vn.dangbo.dashboard.organisation.TermPeriod term) {
        return trainings.byProgramme(term).stream().filter(p -> p.programme() == TrainingProgramme.UNIVERSITY)
                .mapToLong(ProgrammeCount::count).sum();
    }
}
