package vn.dangbo.dashboard.ratings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
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
 * The counts kept per committee, year and outcome are always what counting the ratings afresh gives: at start, after
 * the office records and corrects ratings on the commune's pages, after an import, after a rating is replaced by a
 * reason for not rating.
 */
@SeedDatabaseTest
class RatingSummariesTest {
    @Autowired RatingService ratings;
    @Autowired KeptCounts kept;
    @Autowired ImportService imports;
    @Autowired JdbcTemplate jdbc;

    /** Other tests of this database write rows directly, as a tool outside the services would: counted again, as at start. */
    @BeforeEach
    void countedAsAtStart() {
        kept.countAllAfresh();
    }

    @AfterEach
    void removeTheTestRatings() {
        jdbc.update("delete from member_rating where rating_year = 2031");
        kept.countAllAfresh();
    }

    private void assertKeptAsCountedAfresh(String after) {
        CountedAfresh.RATINGS.assertCountedAfresh(jdbc, after);
    }

    private long commune() {
        return jdbc.queryForObject("select id from party_committee where code = 'hai-nam'", Long.class);
    }

    private List<String> members(int count) {
        return jdbc.queryForList("select code from member where left_date is null and admission_date < date '2030-01-01'"
                + " order by code fetch first " + count + " rows only", String.class);
    }

    @Test
    void the_counts_kept_are_the_ratings_counted_afresh_after_edits_on_the_communes_pages() {
        assertKeptAsCountedAfresh("a count at start");
        List<String> three = members(3);

        CommitteeScope.run(commune(), () -> {
            three.forEach(code -> ratings.recordMemberRating(code, 2031, RatingLevel.GOOD, null, null));
            assertKeptAsCountedAfresh("three new ratings");
            ratings.changeMemberRating(three.getFirst(), 2031, RatingLevel.FAILED);
            assertKeptAsCountedAfresh("a correction of the level");
            ratings.recordMemberRating(three.get(1), 2031, null, null, NotRatedReason.SUSPENDED);
            assertKeptAsCountedAfresh("a rating replaced by a reason for not rating");
        });
        assertThat(jdbc.queryForObject("select sum(members) from member_rating_summary where rating_year = 2031",
                Long.class)).isEqualTo(3);
    }

    @Test
    void the_counts_kept_are_the_ratings_counted_afresh_after_an_import() {
        List<String> four = members(4);
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < four.size(); i++) {
            Object[] row = new Object[ImportSheet.MEMBER_RATINGS.columns().size()];
            row[0] = four.get(i);
            row[1] = 2031L;
            row[2] = i == 0 ? "HTXS" : "HTT";
            rows.add(Arrays.asList(row));
        }
        Table sheet = new Table(ImportSheet.MEMBER_RATINGS.title(), ImportSheet.MEMBER_RATINGS.columns(), rows);

        CommitteeScope.run(commune(), () -> imports.importFile(TableFiles.xlsx(List.of(sheet)), "xep-loai-2031.xlsx"));

        assertKeptAsCountedAfresh("the import");
        assertThat(jdbc.queryForObject("select members from member_rating_summary where rating_year = 2031 and level = 'GOOD'",
                Long.class)).isEqualTo(3);
    }
}
