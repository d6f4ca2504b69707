package vn.dangbo.dashboard.overview.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangbo.dashboard.UiTest;
import vn.dangbo.dashboard.base.ui.Tile;
import vn.dangbo.dashboard.chart.ApexChart;
import vn.dangbo.dashboard.members.MemberService;
import vn.dangbo.dashboard.organisation.OrganisationService;
import vn.dangbo.dashboard.organisation.ui.CellPicker;
import vn.dangbo.dashboard.ratings.RatingService;

/** The overview through one cell's lens: the cell's own figures, each leading to the cell's views. */
class OverviewLensTest extends UiTest {
    @Autowired OrganisationService organisation;
    @Autowired MemberService members;
    @Autowired RatingService ratings;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    @Test
    void a_cell_through_the_lens_has_the_figures_of_its_own_page() {
        var term = organisation.currentTerm().orElseThrow();
        int year = ratings.latestRatedYear(term).orElseThrow();
        open("cells/X02?year=" + year);
        String ownRatings = text("cell-rating-table");

        open("?cell=X02");

        assertThat(_get(H2.class).getText()).endsWith(organisation.cell("X02").orElseThrow().name());
        assertThat(_get(Tile.class, spec -> spec.withId("tile-members")).getValue())
                .isEqualTo(String.valueOf(members.currentMembersOf("X02").size()));
        assertThat(text("member-ratings-table")).isEqualTo(ownRatings);
        assertThat(_find(Component.class, spec -> spec.withId("chart-cell-ratings"))).isEmpty();
        assertThat(_find(Component.class, spec -> spec.withId("tile-targets"))).isEmpty();
    }

    @Test
    void through_the_lens_each_figure_leads_to_the_cells_views() {
        var term = organisation.currentTerm().orElseThrow();
        int year = ratings.latestRatedYear(term).orElseThrow();
        open("?cell=X02");
        _click(_get(Tile.class, spec -> spec.withId("tile-members")));
        assertThat(location()).isEqualTo("cells/X02?term=" + term.label());

        open("?cell=X02");
        _click(_get(Tile.class, spec -> spec.withId("tile-admissions")));
        assertThat(location()).isEqualTo("recruitment?cell=X02&term=" + term.label());

        open("?cell=X02");
        clickDataPoint(_get(ApexChart.class, spec -> spec.withId("chart-member-ratings")), 0, 1, "HTT");
        assertThat(location()).isEqualTo("ratings/members?cell=X02&level=GOOD&term=" + term.label() + "&year=" + year);
    }

    @Test
    void the_picker_opens_the_lens_and_clearing_it_shows_the_whole_committee() {
        open("");
        String whole = _get(Tile.class, spec -> spec.withId("tile-members")).getValue();
        _get(CellPicker.class).setValue(organisation.cell("X05").orElseThrow());
        assertThat(location()).isEqualTo("?cell=X05");

        _get(CellPicker.class).clear();
        assertThat(_get(Tile.class, spec -> spec.withId("tile-members")).getValue()).isEqualTo(whole);
    }

    @Test
    void a_cell_without_data_shows_no_figure_rather_than_a_zero_share() {
        jdbc.update("insert into cell (committee_id, code, name, kind) values ((select min(id) from party_committee), "
                + "'TEST-E', 'TEST chi bộ mới', 'HAMLET')");
        try {
            open("?cell=TEST-E");
            String table = text("member-ratings-table");
            assertThat(table).contains("—").doesNotContain("0,0%");
            assertThat(_get(Tile.class, spec -> spec.withId("tile-members")).getValue()).isEqualTo("0");
            assertThat(_get(Tile.class, spec -> spec.withId("tile-admissions")).getValue()).isEqualTo("0");
        } finally {
            jdbc.update("delete from cell where code = 'TEST-E'");
        }
    }
}
