package vn.dangbo.dashboard.ratings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangbo.dashboard.UiTest;
import vn.dangbo.dashboard.chart.ApexChart;
import vn.dangbo.dashboard.organisation.OrganisationService;
import vn.dangbo.dashboard.organisation.ui.CellPicker;

/** "And for Chi bộ xóm 1?": the ratings view through one cell's lens. */
class RatingsLensTest extends UiTest {
    @Autowired OrganisationService organisation;

    private static String text(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private static Object series(String chartId) {
        return _get(ApexChart.class, spec -> spec.withId(chartId)).getOptions().series();
    }

    @Test
    void a_cell_through_the_lens_has_the_same_figures_as_on_its_own_page() {
        open("cells/X01?year=2019");
        String ownTable = text("cell-rating-table");
        Object ownSeries = series("chart-cell-rating");

        open("ratings?cell=X01&year=2019");

        assertThat(_get(H2.class).getText()).endsWith(organisation.cell("X01").orElseThrow().name());
        assertThat(text("year-table")).isEqualTo(ownTable);
        assertThat(series("chart-year")).isEqualTo(ownSeries);
        assertThat(_get(CellPicker.class).getValue().code()).isEqualTo("X01");
    }

    @Test
    void choosing_a_cell_keeps_the_period_and_clearing_it_returns_to_the_whole_committee() {
        open("ratings?year=2019");
        String whole = text("year-table");
        _get(CellPicker.class).setValue(organisation.cell("X02").orElseThrow());
        assertThat(location()).isEqualTo("ratings?cell=X02&term=" + organisation.currentTerm().orElseThrow().label() + "&year=2019");

        _get(CellPicker.class).clear();
        assertThat(location()).doesNotContain("cell=");
        assertThat(text("year-table")).isEqualTo(whole);
    }

    @Test
    void a_code_that_names_no_cell_is_said_and_the_whole_committee_shown() {
        open("ratings?year=2019");
        String whole = text("year-table");
        open("ratings?cell=ZZ9&year=2019");
        assertThat(text("lens-unknown")).isEqualTo("Không có chi bộ mã \"ZZ9\"; đang xem toàn Đảng bộ.");
        assertThat(text("year-table")).isEqualTo(whole);
    }

    @Test
    void a_cell_secretary_sees_the_ratings_of_their_own_cell_whatever_the_address_says() {
        signInAs("bithu.xom1");
        open("cells/X01?year=2019");
        String own = text("cell-rating-table");

        open("ratings?cell=X02&year=2019");

        assertThat(text("year-table")).isEqualTo(own);
        assertThat(_get(CellPicker.class).isReadOnly()).isTrue();
        assertThat(_get(CellPicker.class).getValue().code()).isEqualTo("X01");
    }

    @Test
    void the_cells_named_in_the_rule_checks_are_links_to_their_pages() {
        open("ratings?term=2015-2020&year=2019");
        var checks = _get(Component.class, spec -> spec.withId("card-checks"));
        var links = com.github.mvysny.kaributesting.v10.LocatorJ._find(checks, com.vaadin.flow.component.html.Anchor.class);
        assertThat(links).isNotEmpty().allSatisfy(link -> {
            String code = link.getHref().substring("cells/".length(), link.getHref().indexOf('?'));
            assertThat(link.getText()).isEqualTo(organisation.cell(code).orElseThrow().name());
            assertThat(link.getHref()).contains("year=2019");
        });
    }
}
