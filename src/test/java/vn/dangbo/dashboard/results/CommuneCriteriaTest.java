package vn.dangbo.dashboard.results;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.UiTest;
import vn.dangbo.dashboard.base.table.Table;
import vn.dangbo.dashboard.base.table.TableFiles;
import vn.dangbo.dashboard.base.ui.Tile;
import vn.dangbo.dashboard.transfer.ImportRejected;
import vn.dangbo.dashboard.transfer.ImportService;
import vn.dangbo.dashboard.transfer.ImportSheet;

/** The commune's own new-rural criteria: imported per year, the latest of the term on the overview. */
class CommuneCriteriaTest extends UiTest {
    @Autowired ImportService imports;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void removeThem() {
        jdbc.update("delete from commune_criteria");
    }

    private static byte[] criteria(List<Object>... rows) {
        return TableFiles.xlsx(List.of(new Table(ImportSheet.COMMUNE_CRITERIA.title(), ImportSheet.COMMUNE_CRITERIA.columns(),
                Arrays.asList(rows))));
    }

    @Test
    void the_overview_shows_the_latest_years_criteria_of_the_term_with_the_level() {
        imports.importFile(criteria(Arrays.asList(2018L, 17L, 19L, null), Arrays.asList(2019L, 19L, 19L, "Nông thôn mới nâng cao")),
                "tieu-chi.xlsx");
        signInAs("danguy");
        open("?term=2015-2020");

        Tile tile = _get(Tile.class, spec -> spec.withId("tile-commune-criteria"));
        assertThat(tile.getValue()).isEqualTo("19/19");
        assertThat(tile.getDetail()).isEqualTo("đạt năm 2019; xã đạt chuẩn nông thôn mới nâng cao");
    }

    @Test
    void without_criteria_recorded_there_is_no_tile() {
        signInAs("danguy");
        open("?term=2015-2020");

        assertThat(_find(Tile.class, spec -> spec.withId("tile-commune-criteria"))).isEmpty();
    }

    @Test
    void more_criteria_met_than_there_are_is_refused() {
        assertThatThrownBy(() -> imports.importFile(criteria(Arrays.asList(2019L, 20L, 19L, null)), "sai.xlsx"))
                .isInstanceOfSatisfying(ImportRejected.class, rejected -> assertThat(rejected.problems().getFirst().reason().vietnamese())
                        .isEqualTo("lớn hơn tổng số tiêu chí (19)"));
    }
}
