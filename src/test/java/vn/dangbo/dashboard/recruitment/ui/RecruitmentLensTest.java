package vn.dangbo.dashboard.recruitment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dangbo.dashboard.UiTest;
import vn.dangbo.dashboard.base.ui.Tile;
import vn.dangbo.dashboard.chart.ApexChart;
import vn.dangbo.dashboard.chart.ChartOptions;
import vn.dangbo.dashboard.organisation.OrganisationService;
import vn.dangbo.dashboard.organisation.TermPeriod;
import vn.dangbo.dashboard.organisation.ui.CellPicker;

/** The recruitment of one cell: its admissions by year, its candidates, its members whose probation ends. */
class RecruitmentLensTest extends UiTest {
    @Autowired JdbcTemplate jdbc;
    @Autowired OrganisationService organisation;

    /** The first series of a chart, as numbers. */
    private static List<? extends Number> firstSeries(String chartId) {
        Object first = _get(ApexChart.class, spec -> spec.withId(chartId)).getOptions().series().getFirst();
        return ((ChartOptions.Series) first).data();
    }

    private static long sum(List<? extends Number> values) {
        return values.stream().mapToLong(Number::longValue).sum();
    }

    @Test
    void a_cells_admissions_through_the_lens_are_those_listed_on_its_own_page() {
        TermPeriod term = organisation.currentTerm().orElseThrow();
        String cell = jdbc.queryForObject("select c.code from cell c join member m on m.cell_id = c.id "
                + "where extract(year from m.admission_date) between ? and ? group by c.code order by count(*) desc, c.code "
                + "fetch first 1 rows only", String.class, term.startYear(), term.endYear());
        open("cells/" + cell);
        long listed = _get(UnorderedList.class, spec -> spec.withId("cell-admissions-list")).getChildren().count();

        open("recruitment?cell=" + cell);

        assertThat(listed).isPositive();
        assertThat(_get(H2.class).getText()).endsWith(organisation.cell(cell).orElseThrow().name());
        assertThat(_get(Tile.class, spec -> spec.withId("tile-progress")).getValue()).isEqualTo(String.valueOf(listed));
        assertThat(sum(firstSeries("chart-by-year"))).isEqualTo(listed);
        assertThat(_get(ApexChart.class, spec -> spec.withId("chart-by-year")).getOptions().series()).hasSize(1);
        assertThat(_find(Component.class, spec -> spec.withId("chart-by-cell"))).isEmpty();
    }

    @Test
    void a_cells_pipeline_counts_its_own_candidates() {
        long own = jdbc.queryForObject("select count(*) from candidate c join cell x on x.id = c.cell_id where x.code = 'X01'",
                Long.class);
        long all = jdbc.queryForObject("select count(*) from candidate", Long.class);

        open("recruitment?cell=X01");
        assertThat(sum(firstSeries("chart-pipeline"))).isEqualTo(own);
        open("recruitment");
        assertThat(sum(firstSeries("chart-pipeline"))).isEqualTo(all);
    }

    @Test
    void a_cell_secretary_sees_the_recruitment_of_their_own_cell_only() {
        signInAs("bithu.xom1");
        open("recruitment?cell=X02");
        assertThat(_get(CellPicker.class).getValue().code()).isEqualTo("X01");
        assertThat(_get(CellPicker.class).isReadOnly()).isTrue();
        assertThat(_get(H2.class).getText()).endsWith("Chi bộ xóm 1");
    }
}
