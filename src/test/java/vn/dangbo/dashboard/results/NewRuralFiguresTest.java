package vn.dangbo.dashboard.results;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.SeedDatabaseTest;
import vn.dangbo.dashboard.organisation.OrganisationService;

/** The new-rural hamlets are counted from each hamlet's status in the latest year: one that fell back is one fewer. */
@SeedDatabaseTest
class NewRuralFiguresTest {
    @Autowired TermResultService results;
    @Autowired OrganisationService organisation;
    @Autowired JdbcTemplate jdbc;

    @Test
    void a_hamlet_that_fell_back_below_the_standard_is_no_longer_counted() {
        var term = organisation.currentTerm().orElseThrow();
        var before = results.latestNewRural(term).orElseThrow();
        Long status = jdbc.queryForObject("select min(id) from hamlet_status where status_year = ? and status = 'ADVANCED'",
                Long.class, before.year());
        try {
            jdbc.update("update hamlet_status set status = 'NONE' where id = ?", status);

            var after = results.latestNewRural(term).orElseThrow();

            assertThat(after.year()).isEqualTo(before.year());
            assertThat(after.hamlets()).as("hamlets recorded").isEqualTo(before.hamlets());
            assertThat(after.advancedOrAbove()).isEqualTo(before.advancedOrAbove() - 1);
            assertThat(after.model()).isEqualTo(before.model());
        } finally {
            jdbc.update("update hamlet_status set status = 'ADVANCED' where id = ?", status);
        }
    }
}
